package org.beamcat.icat.server.query;

import static org.beamcat.icat.server.query.QueryAssertions.QUERIES;
import static org.beamcat.icat.server.query.QueryAssertions.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.ast.Limit;
import org.beamcat.icat.server.query.translation.JpqlQuery;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.query.translation.ReadDecision;
import org.beamcat.icat.server.query.translation.ReadRestriction;
import org.beamcat.icat.server.query.translation.RuleScope;
import org.beamcat.icat.server.query.validation.EnumValue;
import org.junit.jupiter.api.Test;

/** The JPQL text and bound parameters produced for representative queries. */
class JpqlTranslationTest {

    private static void assertJpql(String query, String expectedJpql, Object... expectedParameters) {
        JpqlQuery jpql = search(query);
        assertEquals(expectedJpql, jpql.jpql());
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < expectedParameters.length; i++) {
            expected.put("p" + (i + 1), expectedParameters[i]);
        }
        assertEquals(expected, jpql.parameters());
    }

    @Test
    void simpleEntitySelect() {
        assertJpql("SELECT ds FROM Dataset ds", "SELECT v1 FROM Dataset v1");
    }

    @Test
    void keywordsAreCaseInsensitiveAndVariablesRenamed() {
        assertJpql("select DS from Dataset ds where Ds.name = 'a' order by ds.name desc",
                "SELECT v1 FROM Dataset v1 WHERE v1.name = :p1 ORDER BY v1.name DESC", "a");
    }

    @Test
    void everyLiteralIsBound() {
        assertJpql("SELECT ds FROM Dataset ds WHERE ds.name = 'x' AND ds.id > 5 AND ds.complete = TRUE",
                "SELECT v1 FROM Dataset v1 WHERE v1.name = :p1 AND v1.id > :p2 AND v1.complete = :p3",
                "x", 5L, true);
    }

    @Test
    void injectionAttemptStaysAParameterValue() {
        JpqlQuery jpql = search("SELECT ds FROM Dataset ds WHERE ds.name = 'x'' OR 1=1 --'");
        assertEquals("SELECT v1 FROM Dataset v1 WHERE v1.name = :p1", jpql.jpql());
        assertEquals(Map.of("p1", "x' OR 1=1 --"), jpql.parameters());
    }

    @Test
    void userParameterIsBoundToSessionUser() {
        assertJpql("SELECT df FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i "
                + "JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user",
                "SELECT v1 FROM Datafile v1 JOIN v1.dataset v2 JOIN v2.investigation v3 "
                        + "JOIN v3.investigationUsers v4 JOIN v4.user v5 WHERE v5.name = :p1", "db/fred");
    }

    @Test
    void joinsAndPathDeclarations() {
        assertJpql("SELECT ds FROM Dataset ds LEFT JOIN ds.sample s, Facility f, ds.parameters p1 "
                + "WHERE p1.stringValue = 'a' AND f.name = ds.investigation.facility.name",
                "SELECT v1 FROM Dataset v1 LEFT OUTER JOIN v1.sample v2 JOIN v1.parameters v4, Facility v3 "
                        + "WHERE v4.stringValue = :p1 AND v3.name = v1.investigation.facility.name", "a");
    }

    @Test
    void collectionPathInSelectBecomesJoin() {
        assertJpql("SELECT f.investigations FROM Facility f", "SELECT v2 FROM Facility v1 JOIN v1.investigations v2");
        assertJpql("SELECT COUNT(f.investigations.datasets) FROM Facility f",
                "SELECT COUNT(v3) FROM Facility v1 JOIN v1.investigations v2 JOIN v2.datasets v3");
    }

    @Test
    void timestampsAndStringsComparedWithTimestamps() {
        Date expected = Date.from(LocalDateTime.of(2011, 1, 15, 0, 0).toInstant(ZoneOffset.UTC));
        assertJpql("SELECT i FROM Investigation i WHERE i.createTime > {ts 2011-01-15 00:00:00}",
                "SELECT v1 FROM Investigation v1 WHERE v1.createTime > :p1", expected);
        assertJpql("SELECT i FROM Investigation i WHERE i.createTime > '2011-01-15 00:00:00'",
                "SELECT v1 FROM Investigation v1 WHERE v1.createTime > :p1", expected);
        assertJpql("SELECT i FROM Investigation i WHERE i.createTime BETWEEN '2011-01-15' AND CURRENT_TIMESTAMP",
                "SELECT v1 FROM Investigation v1 WHERE v1.createTime BETWEEN :p1 AND CURRENT_TIMESTAMP", expected);
    }

    @Test
    void numbersTakeTheTypeOfTheAttribute() {
        assertJpql("SELECT f FROM Facility f WHERE f.daysUntilRelease = 90 AND f.id = 90",
                "SELECT v1 FROM Facility v1 WHERE v1.daysUntilRelease = :p1 AND v1.id = :p2", 90, 90L);
        assertJpql("SELECT p FROM DatasetParameter p WHERE p.numericValue > 3 AND p.rangeTop < -2.5",
                "SELECT v1 FROM DatasetParameter v1 WHERE v1.numericValue > :p1 AND v1.rangeTop < :p2", 3.0, -2.5);
        assertJpql("SELECT df FROM Datafile df WHERE df.fileSize > '1024'",
                "SELECT v1 FROM Datafile v1 WHERE v1.fileSize > :p1", 1024L);
    }

    @Test
    void enumLiteral() {
        assertJpql("SELECT pt FROM ParameterType pt WHERE pt.valueType = org.icatproject.ParameterValueType.NUMERIC",
                "SELECT v1 FROM ParameterType v1 WHERE v1.valueType = :p1",
                new EnumValue("ParameterValueType", "NUMERIC"));
    }

    @Test
    void predicates() {
        assertJpql("SELECT ds FROM Dataset ds WHERE ds.name LIKE 'a%' ESCAPE '\\' AND ds.name NOT LIKE '%b' "
                + "AND ds.id IN (1, 2) AND ds.id NOT IN (3) AND ds.description IS NULL "
                + "AND ds.sample IS NOT NULL AND ds.datafiles IS EMPTY AND ds.parameters IS NOT EMPTY "
                + "AND ds.id NOT BETWEEN 10 AND 20",
                "SELECT v1 FROM Dataset v1 WHERE v1.name LIKE :p1 ESCAPE :p2 AND v1.name NOT LIKE :p3 "
                        + "AND v1.id IN (:p4, :p5) AND v1.id NOT IN (:p6) AND v1.description IS NULL "
                        + "AND v1.sample IS NOT NULL AND v1.datafiles IS EMPTY AND v1.parameters IS NOT EMPTY "
                        + "AND v1.id NOT BETWEEN :p7 AND :p8",
                "a%", '\\', "%b", 1L, 2L, 3L, 10L, 20L);
    }

    @Test
    void logicalOperatorsKeepPrecedence() {
        assertJpql("SELECT ds FROM Dataset ds WHERE NOT (ds.name = 'a' OR ds.name = 'b') AND ds.id = 1 "
                + "OR ds.id = 2",
                "SELECT v1 FROM Dataset v1 WHERE (NOT ((v1.name = :p1 OR v1.name = :p2)) AND v1.id = :p3 "
                        + "OR v1.id = :p4)", "a", "b", 1L, 2L);
    }

    @Test
    void memberOfAndSubqueries() {
        assertJpql("SELECT ds FROM Dataset ds, Datafile df WHERE df MEMBER OF ds.datafiles "
                + "AND EXISTS (SELECT p FROM DatasetParameter p WHERE p.dataset = ds) "
                + "AND ds.id IN (SELECT d.id FROM Dataset d WHERE d.name = 'a') "
                + "AND ds.startDate >= ALL (SELECT d2.startDate FROM Dataset d2)",
                "SELECT v1 FROM Dataset v1, Datafile v2 WHERE v2 MEMBER OF v1.datafiles "
                        + "AND EXISTS (SELECT v3 FROM DatasetParameter v3 WHERE v3.dataset.id = v1.id) "
                        + "AND v1.id IN (SELECT v4.id FROM Dataset v4 WHERE v4.name = :p1) "
                        + "AND v1.startDate >= ALL (SELECT v5.startDate FROM Dataset v5)", "a");
    }

    @Test
    void correlatedSubqueryOverOuterCollection() {
        assertJpql("SELECT ds FROM Dataset ds WHERE 2 < (SELECT COUNT(df) FROM ds.datafiles df)",
                "SELECT v1 FROM Dataset v1 WHERE :p1 < (SELECT COUNT(v2) FROM v1.datafiles v2)", 2L);
    }


    @Test
    void functionsArithmeticAndTrim() {
        assertJpql("SELECT df FROM Datafile df WHERE UPPER(df.name) = 'A' AND LENGTH(df.name) > 2 "
                + "AND df.fileSize * 2 + 1 > 10 - -df.fileSize AND ABS(df.fileSize) >= MOD(LENGTH(df.name), 3) "
                + "AND SUBSTRING(df.name, 1, 3) = CONCAT('a', LOWER(df.location)) "
                + "AND LOCATE('x', df.name) > 0 AND SQRT(df.fileSize) < 2.5 AND SIZE(df.parameters) = 0 "
                + "AND TRIM(LEADING 'x' FROM df.name) = TRIM(df.name)",
                "SELECT v1 FROM Datafile v1 WHERE UPPER(v1.name) = :p1 AND LENGTH(v1.name) > :p2 "
                        + "AND ((v1.fileSize * :p3) + :p4) > (:p5 - -v1.fileSize) "
                        + "AND ABS(v1.fileSize) >= MOD(LENGTH(v1.name), :p6) "
                        + "AND SUBSTRING(v1.name, :p7, :p8) = CONCAT(:p9, LOWER(v1.location)) "
                        + "AND LOCATE(:p10, v1.name) > :p11 AND SQRT(v1.fileSize) < :p12 "
                        + "AND SIZE(v1.parameters) = :p13 AND TRIM(LEADING :p14 FROM v1.name) = TRIM(BOTH FROM v1.name)",
                "A", 2, 2, 1, 10, 3, 1, 3, "a", "x", 0, 2.5, 0, 'x');
    }

    @Test
    void groupByHavingOrderBy() {
        assertJpql("SELECT i.name, COUNT(DISTINCT ds) FROM Investigation i JOIN i.datasets ds GROUP BY i.name "
                + "HAVING COUNT(ds) > 1 ORDER BY i.name ASC, COUNT(ds) DESC",
                "SELECT v1.name, COUNT(DISTINCT v2) FROM Investigation v1 JOIN v1.datasets v2 GROUP BY v1.name "
                        + "HAVING COUNT(v2) > :p1 ORDER BY v1.name, COUNT(v2) DESC", 1L);
    }

    @Test
    void limitAndIncludeAreNotPartOfTheJpql() {
        JpqlQuery jpql = search("SELECT ds FROM Dataset ds INCLUDE ds.datafiles LIMIT 5, 20");
        assertEquals("SELECT v1 FROM Dataset v1", jpql.jpql());
        assertEquals(new Limit(5, OptionalInt.of(20)), jpql.limit().orElseThrow());
        assertEquals(List.of("datafiles"), jpql.include().orElseThrow().paths());
        assertEquals(new Limit(0, OptionalInt.empty()),
                search("SELECT ds FROM Dataset ds LIMIT 0, *").limit().orElseThrow());
    }

    @Test
    void underIcatsScopeReadRestrictionIsAskedPerSelectedEntityAndAnded() throws IcatServerException {
        List<String> asked = new ArrayList<>();
        ReadRestriction restriction = new ReadRestriction() {
            @Override
            public ReadDecision decide(String entity, String path, ParameterBindings bindings) {
                asked.add(entity + " " + path);
                return new ReadDecision.Restrict(path + ".id IN (SELECT r.id FROM " + entity + " r WHERE r.createId = "
                        + bindings.bind("db/fred") + ")");
            }

            @Override
            public RuleScope scope() {
                return RuleScope.SELECTED_ENTITY;
            }
        };
        JpqlQuery jpql = QUERIES.search("SELECT ds.name, ds.investigation, df FROM Dataset ds JOIN ds.datafiles df "
                + "WHERE ds.name = 'a' OR df.name = 'b'", "db/fred", restriction);
        assertEquals(List.of("Dataset v1", "Investigation v1.investigation", "Datafile v2"), asked);
        assertEquals("SELECT v1.name, v1.investigation, v2 FROM Dataset v1 JOIN v1.datafiles v2 "
                + "WHERE (v1.name = :p1 OR v2.name = :p2) "
                + "AND (v1.id IN (SELECT r.id FROM Dataset r WHERE r.createId = :p3)) "
                + "AND (v1.investigation.id IN (SELECT r.id FROM Investigation r WHERE r.createId = :p4)) "
                + "AND (v2.id IN (SELECT r.id FROM Datafile r WHERE r.createId = :p5))", jpql.jpql());
        assertEquals(5, jpql.parameters().size());
        assertFalse(jpql.alwaysEmpty());
    }

    @Test
    void deniedReadMakesTheQueryEmpty() throws IcatServerException {
        JpqlQuery jpql = QUERIES.search("SELECT COUNT(ds) FROM Dataset ds", "db/fred",
                (entity, path, bindings) -> new ReadDecision.DenyAll());
        assertTrue(jpql.alwaysEmpty());
        assertEquals("SELECT COUNT(v1) FROM Dataset v1 WHERE 1 = 0", jpql.jpql());
        assertTrue(jpql.selectedItems().get(0).isCount());
    }

    @Test
    void ruleQueryReachesItsJoinsThroughTheRowsForeignKey() throws IcatServerException {
        ParameterBindings bindings = new ParameterBindings();
        bindings.bind("outer");
        String jpql = QUERIES.translator().translateRowCondition(QUERIES.validate(
                "SELECT df FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i JOIN i.investigationUsers iu "
                        + "JOIN iu.user u WHERE u.name = :user ORDER BY df.name LIMIT 0, 1"), "db/fred", bindings,
                "r1v", "v1");
        assertEquals("EXISTS (SELECT r1v1 FROM Dataset r1v1 JOIN r1v1.investigation r1v2 "
                + "JOIN r1v2.investigationUsers r1v3 JOIN r1v3.user r1v4 WHERE r1v1.id = v1.dataset.id "
                + "AND (r1v4.name = :p2))", jpql);
        assertEquals(Map.of("p1", "outer", "p2", "db/fred"), bindings.values());
    }

    @Test
    void ruleOnTheRowsOwnFieldsNeedsNoSubquery() throws IcatServerException {
        assertEquals("(v3.createId = :p1)", QUERIES.translator().translateRowCondition(
                QUERIES.validate("SELECT ds FROM Dataset ds WHERE ds.createId = :user"), "db/fred",
                new ParameterBindings(), "r2v", "v3"));
        assertEquals("1 = 1", QUERIES.translator().translateRowCondition(QUERIES.validate("SELECT f FROM Facility f"),
                "db/fred", new ParameterBindings(), "r2v", "v3"));
    }

    @Test
    void ruleWithAnUnrelatedRangeKeepsIt() throws IcatServerException {
        String jpql = QUERIES.translator().translateRowCondition(QUERIES.validate(
                "SELECT ds FROM Dataset ds, Facility f WHERE f.name = 'ESRF'"), "db/fred", new ParameterBindings(),
                "r1v", "v1");
        assertEquals("EXISTS (SELECT r1v1 FROM Facility r1v1 WHERE r1v1.name = :p1)", jpql);
    }

    @Test
    void ruleFollowingARelationshipOfItsVariableInTheConditionIsCorrelatedOnTheId() throws IcatServerException {
        ParameterBindings bindings = new ParameterBindings();
        String jpql = QUERIES.translator().translateRowCondition(QUERIES.validate(
                "SELECT ds FROM Dataset ds, Facility f WHERE ds.investigation.facility = f AND f.name = 'ESRF'"),
                "db/fred", bindings, "r1v", "v1");
        assertEquals("EXISTS (SELECT r1v1.id FROM Dataset r1v1, Facility r1v2 WHERE r1v1.id = v1.id "
                + "AND (r1v1.investigation.facility.id = r1v2.id AND r1v2.name = :p1))", jpql);
        assertEquals(Map.of("p1", "ESRF"), bindings.values(), "only the values the condition uses");
    }

    @Test
    void ruleOnAPathOfTheEnclosingQueryIsCorrelatedOnTheId() throws IcatServerException {
        String jpql = QUERIES.translator().translateRowCondition(QUERIES.validate(
                "SELECT ds FROM Dataset ds JOIN ds.investigation i WHERE i.name = 'A'"), "db/fred",
                new ParameterBindings(), "r1v", "v1.dataset");
        assertEquals("EXISTS (SELECT r1v1.id FROM Dataset r1v1 JOIN r1v1.investigation r1v2 "
                + "WHERE r1v1.id = v1.dataset.id AND (r1v2.name = :p1))", jpql);
    }

    @Test
    void ruleSelectingAJoinedVariableIsCorrelatedOnTheId() throws IcatServerException {
        String jpql = QUERIES.translator().translateRowCondition(QUERIES.validate(
                "SELECT i FROM Dataset ds JOIN ds.investigation i WHERE ds.name = 'x'"), "db/fred",
                new ParameterBindings(), "r1v", "v1");
        assertEquals("EXISTS (SELECT r1v2.id FROM Dataset r1v1 JOIN r1v1.investigation r1v2 WHERE r1v2.id = v1.id "
                + "AND (r1v1.name = :p1))", jpql);
    }

    @Test
    void ruleWithALeftJoinFromItsVariableIsCorrelatedOnTheId() throws IcatServerException {
        String jpql = QUERIES.translator().translateRowCondition(QUERIES.validate(
                "SELECT ds FROM Dataset ds LEFT JOIN ds.sample s WHERE s.name = 'x' OR ds.name = 'y'"), "db/fred",
                new ParameterBindings(), "r1v", "v1");
        assertEquals("EXISTS (SELECT r1v1.id FROM Dataset r1v1 LEFT OUTER JOIN r1v1.sample r1v2 WHERE r1v1.id = v1.id "
                + "AND ((r1v2.name = :p1 OR r1v1.name = :p2)))", jpql);
    }

    @Test
    void ruleSelectingAnAggregateIsRefused() {
        IcatServerException refused = assertThrows(IcatServerException.class,
                () -> QUERIES.translator().translateRowCondition(QUERIES.validate("SELECT COUNT(f) FROM Facility f"),
                        "db/fred", new ParameterBindings(), "r1v", "v1"));
        assertEquals(IcatErrorType.BAD_PARAMETER, refused.type());
    }
}
