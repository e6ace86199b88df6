package org.beamcat.landing.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The queries the adapter sends: the same text as before the query builder, values as literals. */
class IcatCollectionCatalogueTest {

    @Test
    void noFilterNoPattern() {
        assertEquals(Optional.empty(), IcatCollectionCatalogue.containsPattern(null));
        assertEquals(Optional.empty(), IcatCollectionCatalogue.containsPattern("  "));
    }

    @Test
    void theFilterIsAnyCaseSubstringWithWildcardsAndQuotesTakenLiterally() {
        assertEquals("SELECT COUNT(ds.id) FROM Dataset ds WHERE ds.investigation.id = 7"
                        + " AND LOWER(ds.name) LIKE '%ti64!_!%!_a''b!!%' ESCAPE '!'",
                IcatCollectionCatalogue.datasetsQuery("SELECT COUNT(ds.id)", 7, " Ti64_%_a'b! ", "").text());
    }

    @Test
    void datasetsWithoutFilter() {
        assertEquals("SELECT ds.id, ds.name FROM Dataset ds WHERE ds.investigation.id = 7 ORDER BY ds.name, ds.id"
                        + " LIMIT 200, 100",
                IcatCollectionCatalogue.datasetsQuery("SELECT ds.id, ds.name", 7, "", " ORDER BY ds.name, ds.id"
                        + " LIMIT :offset, :size").with("offset", 200).with("size", 100).text());
    }

    @Test
    void aMemberSeesTheirInvestigationsWithTheSameLiteralSubstringRule() {
        assertEquals("SELECT i FROM Investigation i JOIN i.investigationUsers iu JOIN iu.user u"
                        + " WHERE u.name = 'simple/o''brien' AND LOWER(i.name) LIKE '%ma-43%' ESCAPE '!'"
                        + " ORDER BY i.name LIMIT 0, 501",
                IcatCollectionCatalogue.investigationsQuery(false, "simple/o'brien", "MA-43").text());
        assertEquals("SELECT i FROM Investigation i JOIN i.investigationUsers iu JOIN iu.user u"
                        + " WHERE u.name = 'simple/alice' ORDER BY i.name LIMIT 0, 501",
                IcatCollectionCatalogue.investigationsQuery(false, "simple/alice", null).text());
    }

    @Test
    void rootSeesAllInvestigations() {
        assertEquals("SELECT i FROM Investigation i ORDER BY i.name LIMIT 0, 501",
                IcatCollectionCatalogue.investigationsQuery(true, "simple/root", " ").text());
        assertEquals("SELECT i FROM Investigation i WHERE LOWER(i.name) LIKE '%ma!_%' ESCAPE '!'"
                        + " ORDER BY i.name LIMIT 0, 501",
                IcatCollectionCatalogue.investigationsQuery(true, "simple/root", "MA_").text());
    }
}
