package org.beamcat.landing.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CollectionCatalogueTest {

    @Test
    void noFilterNoCondition() {
        assertEquals("", CollectionCatalogue.nameCondition(null));
        assertEquals("", CollectionCatalogue.nameCondition("  "));
    }

    @Test
    void theFilterIsAnyCaseSubstringWithWildcardsAndQuotesTakenLiterally() {
        assertEquals(" AND LOWER(ds.name) LIKE '%ti64_!%!_a''b!!%' ESCAPE '!'".replace("ti64_", "ti64!_"),
                CollectionCatalogue.nameCondition(" Ti64_%_a'b! "));
    }

    @Test
    void theInvestigationFilterUsesTheSameLiteralSubstringRule() {
        assertEquals(" AND LOWER(i.name) LIKE '%ma-43%' ESCAPE '!'", CollectionCatalogue.containsCondition("i.name", "MA-43"));
        assertEquals("", CollectionCatalogue.containsCondition("i.name", null));
    }
}
