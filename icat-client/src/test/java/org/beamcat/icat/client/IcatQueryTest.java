package org.beamcat.icat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcatQueryTest {

    @Test
    void bindsStringsNumbersAndListsIntoTheText() {
        String query = IcatQuery.of("SELECT d.id FROM Dataset d WHERE d.investigation.id = :inv"
                + " AND d.location = :location AND d.name IN :names ORDER BY d.id")
                .with("inv", 42).with("location", "/data/id11/ma-1").withStrings("names", List.of("a", "b'c"))
                .text();
        assertEquals("SELECT d.id FROM Dataset d WHERE d.investigation.id = 42 AND d.location = '/data/id11/ma-1'"
                + " AND d.name IN ('a', 'b''c') ORDER BY d.id", query);
    }

    @Test
    void aHostileValueStaysOneLiteral() {
        String hostile = "x' OR '1'='1";
        assertEquals("SELECT i FROM Investigation i WHERE i.name = 'x'' OR ''1''=''1'",
                IcatQuery.of("SELECT i FROM Investigation i WHERE i.name = :name").with("name", hostile).text());
    }

    @Test
    void backslashesUnicodeAndNewlinesTravelUnchanged() {
        assertEquals("'C:\\data\\'''", IcatLiterals.string("C:\\data\\'"));
        assertEquals("'Éprouvette 試料 🧪'", IcatLiterals.string("Éprouvette 試料 🧪"));
        assertEquals("'a\nb'", IcatLiterals.string("a\nb"));
        assertEquals("''''''", IcatLiterals.string("''"));
        assertEquals("''", IcatLiterals.string(""));
    }

    @Test
    void aValueLookingLikeAPlaceholderIsNotExpandedAgain() {
        String query = IcatQuery.of("SELECT s FROM Sample s WHERE s.name = :a AND s.id = :b")
                .with("a", ":b").with("b", 7).text();
        assertEquals("SELECT s FROM Sample s WHERE s.name = ':b' AND s.id = 7", query);
    }

    @Test
    void placeholdersInsideQuotedTextOfTheTemplateAreLeftAlone() {
        assertEquals("SELECT t.id FROM DatasetType t WHERE t.name = 'a:b' AND t.id = 3",
                IcatQuery.of("SELECT t.id FROM DatasetType t WHERE t.name = 'a:b' AND t.id = :id").with("id", 3)
                        .text());
    }

    @Test
    void timestampsAreWrittenInUtcInTheGrammarsForm() {
        assertEquals("SELECT i FROM Investigation i WHERE i.startDate < {ts 2026-03-12 07:00:00}",
                IcatQuery.of("SELECT i FROM Investigation i WHERE i.startDate < :t")
                        .with("t", OffsetDateTime.parse("2026-03-12T08:00:00.750+01:00")).text());
        assertEquals("{ts 1999-12-31 23:59:59}", IcatLiterals.timestamp(Instant.parse("1999-12-31T23:59:59Z")));
    }

    @Test
    void timestampLiteralsInTheTemplateAreNotPlaceholders() {
        assertEquals("SELECT d FROM Dataset d WHERE d.createTime > {ts 2026-01-01 00:00:00} AND d.id = 1",
                IcatQuery.of("SELECT d FROM Dataset d WHERE d.createTime > {ts 2026-01-01 00:00:00} AND d.id = :id")
                        .with("id", 1).text());
    }

    @Test
    void likePrefixEscapesWildcardsAndTheEscape() {
        assertEquals("SELECT d.id FROM Dataset d WHERE d.location LIKE '/data/a!_b!%c!!d''e/%' ESCAPE '!'",
                IcatQuery.of("SELECT d.id FROM Dataset d WHERE d.location LIKE :p ESCAPE '!'")
                        .withLikePrefix("p", "/data/a_b%c!d'e/").text());
    }

    @Test
    void entityNamesMustBeIdentifiers() {
        assertEquals("SELECT x.id FROM DatasetType x WHERE x.name = 'raw'",
                IcatQuery.of("SELECT x.id FROM :entity x WHERE x.name = :name").withEntity("entity", "DatasetType")
                        .with("name", "raw").text());
        assertThrows(IllegalArgumentException.class, () -> IcatLiterals.entityName("Dataset d, User"));
        assertThrows(IllegalArgumentException.class, () -> IcatLiterals.entityName("dataset"));
        assertThrows(IllegalArgumentException.class, () -> IcatLiterals.entityName(null));
    }

    @Test
    void numberLists() {
        assertEquals("SELECT df FROM Datafile df WHERE df.id IN (1, 2, 30)",
                IcatQuery.of("SELECT df FROM Datafile df WHERE df.id IN :ids").withNumbers("ids", List.of(1L, 2L, 30L))
                        .text());
    }

    @Test
    void mistakesAreProgrammingErrors() {
        IcatQuery query = IcatQuery.of("SELECT d FROM Dataset d WHERE d.id = :id");
        assertThrows(IllegalStateException.class, query::text, "unbound");
        assertThrows(IllegalStateException.class, () -> query.with("id", 1).with("other", 2).text(), "unused");
        assertThrows(IllegalStateException.class, () -> query.with("id", 1).with("id", 2), "bound twice");
        assertThrows(IllegalArgumentException.class, () -> query.with("i d", 1));
        assertThrows(IllegalArgumentException.class, () -> query.withStrings("id", List.of()), "IN () is invalid");
        assertThrows(NullPointerException.class, () -> query.with("id", (String) null));
    }

    @Test
    void bindingDoesNotChangeTheOriginal() {
        IcatQuery base = IcatQuery.of("SELECT d FROM Dataset d WHERE d.id = :id");
        assertEquals("SELECT d FROM Dataset d WHERE d.id = 1", base.with("id", 1).text());
        assertEquals("SELECT d FROM Dataset d WHERE d.id = 2", base.with("id", 2).text());
    }
}
