package org.beamcat.icat.server.query;

import static org.beamcat.icat.server.query.QueryAssertions.QUERIES;
import static org.beamcat.icat.server.query.QueryAssertions.assertBad;
import static org.beamcat.icat.server.query.QueryAssertions.badParameterMessage;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.beamcat.icat.server.query.translation.ReadRestriction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malicious or broken input must give BAD_PARAMETER with a clear message, never any other exception. */
class HostileInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "SELECT ds FROM Dataset ds WHERE ds.name = 'x' -- comment | Comments are not allowed in queries: found '--' at position 46",
        "SELECT ds FROM Dataset ds /* hi */ | Comments are not allowed in queries: found '/*' at position 26",
        "SELECT ds FROM Dataset ds WHERE ds.name = 'abc | Unterminated string literal (missing closing ') starting at position 42",
        "SELECT ds FROM Dataset ds WHERE ds.name = 'x'' | Unterminated string literal",
        "SELECT ds FROM Dataset ds WHERE ds.name = 'x''; DROP TABLE DATASET; --' ; | Unexpected character U+003B ';' at position 72",
        "SELECT ds FROM Dataset ds; DELETE FROM Dataset ds | Unexpected character U+003B ';' at position 25",
        "SELECT i FROM Investigation i WHERE i.createTime > {ts 2011-01-15 00:00:00 | Unterminated timestamp literal",
        "SELECT i FROM Investigation i WHERE i.createTime > {ts 2011-13-15 00:00:00} | is not a valid date and time",
        "SELECT i FROM Investigation i WHERE i.createTime > {d 2011-01-15} | must have the form {ts yyyy-MM-dd HH:mm:ss}",
        "SELECT ds FROM Datset ds | Datset is not an ICAT entity",
        "SELECT ds FROM dataset ds | dataset is not an ICAT entity",
        "SELECT ds FROM Dataset ds WHERE ds.nme = 'a' | nme is not a field of Dataset (in ds.nme)",
        "SELECT ds FROM Dataset ds WHERE ds.Name = 'a' | Name is not a field of Dataset",
        "SELECT ds FROM Dataset ds WHERE ds.name.length = 1 | In ds.name.length, name is an attribute of Dataset so no field can follow it",
        "SELECT ds FROM Dataset ds WHERE ds.id = 99999999999999999999999 | Integer '99999999999999999999999' is too large",
        "SELECT ds FROM Dataset ds WHERE ds.id = 1e999999 | is out of range",
        "SELECT ds FROM Dataset ds WHERE ds.id = 1e99999999999999 | is out of range",
        "SELECT ds FROM Dataset ds LIMIT 0, 3000000000 | LIMIT count 3000000000 is too large",
        "SELECT ds FROM Dataset ds WHERE x.name = 'a' | Variable x is not declared (in x.name)",
        "SELECT ds FROM Dataset ds WHERE ds.name = :name | Unknown parameter ':name'",
        "SELECT ds FROM Dataset ds WHERE ds.name = ?1 | Unexpected character U+003F '?' at position 42",
        "SELECT ds FROM Dataset ds WHERE ds.name = \"a\" | Unexpected character U+0022",
        "SELECT ds FROM Dataset ds WHERE ds.näme = 'a' | Unexpected character U+00E4 'ä' at position 36",
        "SELECT ds FROM Dataset ds WHERE SLEEP(10) = 1 | Unknown function 'SLEEP'",
        "SELECT ds FROM Dataset ds JOIN FETCH ds.datafiles | The FETCH keyword is not permitted",
        "SELECT ds FROM Dataset ds WHERE | Unexpected end of query at position 31",
        "SELECT FROM Dataset ds | Unexpected 'FROM' at position 7",
        "SELECT ds Dataset ds | Unexpected 'Dataset' at position 10",
        "SELECT ds FROM Dataset ds INCLUDE 2 | INCLUDE must be followed by 1 or by a list of paths",
        "SELECT ds FROM Dataset ds WHERE ds.name = org.icatproject.Foo.BAR | org.icatproject.Foo.BAR is not an ICAT enum constant",
        "SELECT ds FROM Dataset ds WHERE ds.name = ORG.ICATPROJECT.ParameterValueType.NUMERIC | must start with org.icatproject.",
    })
    void rejected(String query, String expectedMessage) {
        assertBad(query, expectedMessage);
    }

    @Test
    void controlCharacters() {
        assertBad("SELECT ds FROM Dataset ds WHERE ds.name = 'a' \u0007", "Unexpected control character U+0007 at position 46");
        assertBad("SELECT ds\u0000FROM Dataset ds", "Unexpected control character U+0000 at position 9");
        assertBad("SELECT ds FROM Dataset ds\u001b[2J", "Unexpected control character U+001B at position 25");
    }

    @Test
    void emptyAndBlankQueries() {
        assertBad("", "query is empty");
        assertBad("   \n\t ", "query is empty");
        assertTrue(badParameterMessage(() -> QUERIES.search(null, "u", ReadRestriction.UNRESTRICTED))
                .contains("query is empty"));
        // Not SELECT: the concise dialect, which knows neither DELETE nor SELECTds.
        assertBad("DELETE FROM Dataset", "Unexpected 'FROM' at position 7");
        assertBad("DELETE", "'DELETE' is not an ICAT entity");
        assertBad("SELECTds FROM Dataset ds", "Unexpected 'FROM' at position 9");
    }

    @Test
    void hundredKilobyteQuery() {
        String query = "SELECT ds FROM Dataset ds WHERE ds.name = '" + "x".repeat(100 * 1024) + "'";
        assertBad(query, "query is too long (102444 characters; the maximum is 65536; beamcat.icat.query.max-length)");
    }

    @Test
    void longQueriesWithinTheLimitStillWork() {
        StringBuilder ids = new StringBuilder("1");
        for (int i = 2; i <= 5000; i++) {
            ids.append(',').append(i);
        }
        QueryAssertions.search("SELECT ds FROM Dataset ds WHERE ds.id IN (" + ids + ")");
        String ors = "ds.id = 1" + " OR ds.id = 1".repeat(499);
        QueryAssertions.search("SELECT ds FROM Dataset ds WHERE " + ors);
        QueryAssertions.search("SELECT ds FROM Dataset ds WHERE ds.id = 1" + " + 1".repeat(400));
        // Longer chains overflow EclipseLink's recursive JPQL validation (3,000 ORs did): refused, naming the limit.
        assertBad("SELECT ds FROM Dataset ds WHERE ds.id = 1" + " OR ds.id = 1".repeat(4000),
                "beamcat.icat.query.max-terms");
        assertBad("SELECT ds FROM Dataset ds WHERE ds.id = 1" + " + 1".repeat(10_000), "beamcat.icat.query.max-terms");
    }

    @Test
    void deepNesting() {
        assertBad("SELECT ds FROM Dataset ds WHERE " + "(".repeat(51) + "ds.id = 1" + ")".repeat(51),
                "Query is nested too deeply (more than 50 levels of parentheses) at position");
        assertBad("SELECT ds FROM Dataset ds WHERE " + "(".repeat(30_000),
                "Query is nested too deeply");
        assertBad("SELECT ds FROM Dataset ds WHERE " + "NOT ".repeat(10_000) + "ds.id = 1",
                "Query is nested too deeply (more than 50 consecutive NOT or sign operators)");
        assertBad("SELECT ds FROM Dataset ds WHERE ds.id = " + "- ".repeat(10_000) + "1",
                "Query is nested too deeply");
        assertBad("SELECT ds FROM Dataset ds WHERE " + "UPPER(".repeat(60) + "ds.name" + ")".repeat(60) + " = 'A'",
                "Query is nested too deeply");
        String subqueries = "ds.id IN (SELECT d.id FROM Dataset d WHERE ".repeat(40);
        assertBad("SELECT ds FROM Dataset ds WHERE " + subqueries + "1 = 1" + ")".repeat(40),
                "Query is nested too deeply");
        // Moderate nesting is fine.
        QueryAssertions.search("SELECT ds FROM Dataset ds WHERE " + "(".repeat(40) + "ds.id = 1" + ")".repeat(40));
    }

    @Test
    void unicodeInsideStringsIsAValueNotSyntax() {
        QueryAssertions.search("SELECT ds FROM Dataset ds WHERE ds.name = 'Ünïcødé 数据 🚀 \u0001'");
    }

    /** PostgreSQL refuses text holding NUL ("invalid byte sequence 0x00"): refused before it gets there. */
    @Test
    void nulInsideAStringIsRefused() {
        assertBad("SELECT ds FROM Dataset ds WHERE ds.name = 'a\u0000b'",
                "query contains the NUL character (U+0000) in a string at position 44");
        assertBad("Dataset [name = '\u0000']", "query contains the NUL character (U+0000) in a string at position 17");
    }

    @Test
    void quotesCannotEscapeTheString() {
        var jpql = QueryAssertions.search("SELECT ds FROM Dataset ds WHERE ds.name = ''' OR ''1''=''1'");
        assertTrue(jpql.jpql().endsWith("WHERE v1.name = :p1"));
        assertTrue(jpql.parameters().containsValue("' OR '1'='1"));
    }
}
