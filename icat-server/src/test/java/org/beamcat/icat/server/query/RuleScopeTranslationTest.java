package org.beamcat.icat.server.query;

import org.beamcat.icat.client.IcatErrorType;
import static org.beamcat.icat.server.query.QueryAssertions.QUERIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.translation.JpqlQuery;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.query.translation.ReadDecision;
import org.beamcat.icat.server.query.translation.ReadRestriction;
import org.beamcat.icat.server.query.translation.RuleScope;
import org.junit.jupiter.api.Test;

/**
 * The JPQL written under each {@link RuleScope} (issue 14), with a restriction that allows every Facility, no
 * Keyword, has PublicStep Dataset.datafiles, and restricts everything else with {@code <rows>.createId = :pN}.
 */
class RuleScopeTranslationTest {

    /** The restriction, recording what it was asked ("decideById" marked with #). */
    private static final class Recorder implements ReadRestriction {

        final List<String> asked = new ArrayList<>();
        private final RuleScope scope;

        Recorder(RuleScope scope) {
            this.scope = scope;
        }

        @Override
        public ReadDecision decide(String entity, String jpqlPath, ParameterBindings bindings) {
            asked.add(entity + " " + jpqlPath);
            return decision(entity, jpqlPath, bindings);
        }

        @Override
        public ReadDecision decideById(String entity, String jpqlPath, ParameterBindings bindings) {
            asked.add(entity + " #" + jpqlPath);
            return decision(entity, jpqlPath, bindings);
        }

        private static ReadDecision decision(String entity, String jpqlPath, ParameterBindings bindings) {
            return switch (entity) {
                case "Facility" -> new ReadDecision.AllowAll();
                case "Keyword" -> new ReadDecision.DenyAll();
                default -> new ReadDecision.Restrict(jpqlPath + ".createId = " + bindings.bind(entity));
            };
        }

        @Override
        public RuleScope scope() {
            return scope;
        }

        @Override
        public boolean isPublicStep(String originEntity, String field) {
            return originEntity.equals("Dataset") && field.equals("datafiles");
        }
    }

    private static JpqlQuery translate(Recorder restriction, String query) throws IcatServerException {
        return QUERIES.search(query, "db/fred", restriction);
    }

    @Test
    void everyJoinedVariableAndEveryPathStepIsRestrictedOnce() throws Exception {
        Recorder rules = new Recorder(RuleScope.EVERY_ENTITY);
        JpqlQuery jpql = translate(rules, "SELECT u.name FROM User u JOIN u.investigationUsers iu "
                + "WHERE iu.investigation.name = 'ES-1234' AND iu.investigation.title LIKE 'N%'");
        assertEquals("SELECT v1.name FROM User v1 JOIN v1.investigationUsers v2 "
                + "WHERE v2.investigation.name = :p4 AND v2.investigation.title LIKE :p5 "
                + "AND (v1.createId = :p1) AND (v2.createId = :p2) AND (v2.investigation.createId = :p3)", jpql.jpql());
        assertEquals(List.of("User v1", "InvestigationUser v2", "Investigation v2.investigation"), rules.asked);
    }

    @Test
    void icatsScopeRestrictsOnlyTheSelectedEntity() throws Exception {
        Recorder rules = new Recorder(RuleScope.SELECTED_ENTITY);
        JpqlQuery jpql = translate(rules, "SELECT u.name FROM User u JOIN u.investigationUsers iu "
                + "WHERE iu.investigation.name = 'ES-1234'");
        assertEquals("SELECT v1.name FROM User v1 JOIN v1.investigationUsers v2 "
                + "WHERE v2.investigation.name = :p1 AND (v1.createId = :p2)", jpql.jpql());
        assertEquals(List.of("User v1"), rules.asked);
    }

    @Test
    void aLeftJoinIsRestrictedInItsOnClause() throws Exception {
        JpqlQuery jpql = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT i.name FROM Investigation i "
                + "LEFT OUTER JOIN i.datasets ds WHERE ds.id IS NULL");
        assertEquals("SELECT v1.name FROM Investigation v1 LEFT OUTER JOIN v1.datasets v2 ON (v2.createId = :p2) "
                + "WHERE v2.id IS NULL AND (v1.createId = :p1)", jpql.jpql());
    }

    @Test
    void aLeftJoinedVariableIsNullByItsId() throws Exception {
        JpqlQuery jpql = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT i.name FROM Investigation i "
                + "LEFT OUTER JOIN i.datasets ds WHERE ds IS NULL OR ds.sample IS NOT NULL");
        assertEquals("SELECT v1.name FROM Investigation v1 LEFT OUTER JOIN v1.datasets v2 ON (v2.createId = :p2) "
                + "WHERE (v2.id IS NULL OR v2.sample IS NOT NULL) AND (v1.createId = :p1)", jpql.jpql());
    }

    @Test
    void publicTablesPublicStepsAndForeignKeyIdsNeedNoCondition() throws Exception {
        Recorder rules = new Recorder(RuleScope.EVERY_ENTITY);
        JpqlQuery jpql = translate(rules, "SELECT f.name FROM Facility f JOIN f.investigations i "
                + "JOIN i.datasets ds JOIN ds.datafiles df WHERE df.dataset.id = 5 AND ds.investigation.id = 7");
        assertEquals("SELECT v1.name FROM Facility v1 JOIN v1.investigations v2 JOIN v2.datasets v3 "
                + "JOIN v3.datafiles v4 WHERE v4.dataset.id = :p3 AND v3.investigation.id = :p4 "
                + "AND (v2.createId = :p1) AND (v3.createId = :p2)", jpql.jpql());
        assertEquals(List.of("Facility v1", "Investigation v2", "Dataset v3"), rules.asked);
    }

    @Test
    void aSubqueryIsRestrictedInItsOwnWhere() throws Exception {
        JpqlQuery jpql = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT f.name FROM Facility f WHERE "
                + "EXISTS (SELECT iu.id FROM InvestigationUser iu WHERE iu.investigation.name = 'X')");
        assertEquals("SELECT v1.name FROM Facility v1 WHERE EXISTS (SELECT v2.id FROM InvestigationUser v2 "
                + "WHERE v2.investigation.name = :p3 AND (v2.createId = :p1) AND (v2.investigation.createId = :p2))",
                jpql.jpql());
    }

    @Test
    void orderByGroupByAndSelectPathsAreRestricted() throws Exception {
        Recorder rules = new Recorder(RuleScope.EVERY_ENTITY);
        JpqlQuery jpql = translate(rules, "SELECT ds.investigation.title, COUNT(ds) FROM Dataset ds "
                + "GROUP BY ds.investigation.title ORDER BY ds.sample.name");
        assertEquals("SELECT v1.investigation.title, COUNT(v1) FROM Dataset v1 WHERE (v1.createId = :p1) "
                + "AND (v1.investigation.createId = :p2) AND (v1.sample.createId = :p3) "
                + "GROUP BY v1.investigation.title ORDER BY v1.sample.name", jpql.jpql());
    }

    @Test
    void laterRangesAreCorrelatedOnTheirId() throws Exception {
        Recorder rules = new Recorder(RuleScope.EVERY_ENTITY);
        JpqlQuery jpql = translate(rules, "SELECT d.id, df.id FROM Dataset d, Datafile df WHERE df.dataset = d");
        assertEquals("SELECT v1.id, v2.id FROM Dataset v1, Datafile v2 WHERE v2.dataset.id = v1.id "
                + "AND (v1.createId = :p1) AND (v2.createId = :p2)", jpql.jpql());
        assertEquals(List.of("Dataset v1", "Datafile #v2"), rules.asked);
    }

    @Test
    void collectionTestsCountOnlyReadableElements() throws Exception {
        JpqlQuery jpql = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT f.name FROM Facility f "
                + "WHERE f.investigations IS EMPTY");
        assertEquals("SELECT v1.name FROM Facility v1 WHERE NOT EXISTS (SELECT v3.id FROM Facility v2 "
                + "JOIN v2.investigations v3 WHERE v2.id = v1.id AND (v3.createId = :p1))", jpql.jpql());
        JpqlQuery member = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT i.name FROM Investigation i, "
                + "InvestigationUser iu WHERE iu NOT MEMBER OF i.investigationUsers");
        assertEquals("SELECT v1.name FROM Investigation v1, InvestigationUser v2 WHERE NOT EXISTS "
                + "(SELECT v4.id FROM Investigation v3 JOIN v3.investigationUsers v4 WHERE v3.id = v1.id AND v4.id = v2.id "
                + "AND (v4.createId = :p3)) AND (v1.createId = :p1) AND (v2.createId = :p2)", member.jpql());
        JpqlQuery size = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT f.name FROM Facility f "
                + "WHERE SIZE(f.investigations) > 2");
        assertEquals("SELECT v1.name FROM Facility v1 WHERE (SELECT COUNT(v3) FROM Facility v2 "
                + "JOIN v2.investigations v3 WHERE v2.id = v1.id AND (v3.createId = :p1)) > :p2", size.jpql());
        IcatServerException orderBySize = org.junit.jupiter.api.Assertions.assertThrows(IcatServerException.class,
                () -> translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT f.name FROM Facility f "
                        + "ORDER BY SIZE(f.investigations)"));
        assertEquals(IcatErrorType.BAD_PARAMETER, orderBySize.type());
        JpqlQuery publicStep = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT ds.name FROM Dataset ds "
                + "WHERE ds.datafiles IS NOT EMPTY");
        assertEquals("SELECT v1.name FROM Dataset v1 WHERE v1.datafiles IS NOT EMPTY AND (v1.createId = :p1)",
                publicStep.jpql());
    }

    @Test
    void anUnreadableEntityAnywhereEmptiesTheQueryOrItsLevel() throws Exception {
        JpqlQuery joined = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT COUNT(i) FROM Investigation i "
                + "JOIN i.keywords k");
        assertTrue(joined.alwaysEmpty());
        assertTrue(joined.jpql().endsWith("AND 1 = 0"), joined.jpql());
        JpqlQuery left = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT i.name FROM Investigation i "
                + "LEFT JOIN i.keywords k WHERE k.id IS NULL");
        assertFalse(left.alwaysEmpty(), "a LEFT join to nothing readable keeps the row");
        assertEquals("SELECT v1.name FROM Investigation v1 LEFT OUTER JOIN v1.keywords v2 ON 1 = 0 "
                + "WHERE v2.id IS NULL AND (v1.createId = :p1)", left.jpql());
        JpqlQuery sub = translate(new Recorder(RuleScope.EVERY_ENTITY), "SELECT i.name FROM Investigation i "
                + "WHERE NOT EXISTS (SELECT k FROM Keyword k WHERE k.investigation = i)");
        assertFalse(sub.alwaysEmpty());
        assertEquals("SELECT v1.name FROM Investigation v1 WHERE NOT (EXISTS (SELECT v2 FROM Keyword v2 "
                + "WHERE v2.investigation.id = v1.id AND 1 = 0)) AND (v1.createId = :p1)", sub.jpql());
    }
}
