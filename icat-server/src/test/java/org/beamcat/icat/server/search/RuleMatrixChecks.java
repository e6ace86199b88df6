package org.beamcat.icat.server.search;

import static org.beamcat.icat.server.search.RuleFixture.ALICE;
import static org.beamcat.icat.server.search.RuleFixture.ANON;
import static org.beamcat.icat.server.search.RuleFixture.BOB;
import static org.beamcat.icat.server.search.RuleFixture.CAROL;
import static org.beamcat.icat.server.search.RuleFixture.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.Datafile;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.Investigation;
import org.beamcat.icat.server.persistence.TestDatabase;
import org.beamcat.icat.server.query.include.IncludeNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rule matrix (root, member, non-member, anonymous through a public rule and a PublicStep, grouping
 * member) checked through search rows, get, COUNT, aggregates, INCLUDE and LIMIT. Subclasses give the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleMatrixChecks {

    /** By name: a join to the investigation would need INV-B readable too (rules restrict every entity). */
    private static final String DATASETS_OF_A_AND_B =
            "SELECT ds FROM Dataset ds WHERE ds.name IN ('A1', 'A2', 'B1', 'B2') ORDER BY ds.name";

    private CatalogueUnderTest catalogue;

    protected abstract TestDatabase createEmptyDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        catalogue = new CatalogueUnderTest(createEmptyDatabase());
    }

    @AfterAll
    void stop() {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    @Test
    void rootSeesEverything() throws Exception {
        assertEquals(List.of("A1", "A2", "B1", "B2"), names(search(ROOT, DATASETS_OF_A_AND_B).rows()));
        assertEquals(List.of("BIG", "INV-A", "INV-B"),
                search(ROOT, "SELECT i.name FROM Investigation i ORDER BY i.name").rows());
        assertEquals(List.of(1L), search(ROOT, "SELECT COUNT(k) FROM Facility k").rows());
    }

    @Test
    void memberSeesOwnInvestigationsAndReleasedData() throws Exception {
        assertEquals(List.of("BIG", "INV-A"), search(ALICE, "SELECT i.name FROM Investigation i ORDER BY i.name")
                .rows());
        assertEquals(List.of("A1", "A2", "B2"), names(search(ALICE, DATASETS_OF_A_AND_B).rows()));
        assertEquals(List.of(3L), search(ALICE,
                "SELECT COUNT(df) FROM Datafile df JOIN df.dataset ds WHERE ds.name IN ('A1', 'A2')").rows());
    }

    @Test
    void nonMemberSeesOnlyPublicRows() throws Exception {
        assertEquals(List.of(), search(BOB, "SELECT i FROM Investigation i").rows());
        assertEquals(List.of(0L), search(BOB, "SELECT COUNT(i) FROM Investigation i").rows());
        assertEquals(List.of("B2"), names(search(BOB, DATASETS_OF_A_AND_B).rows()));
        assertEquals(List.of(0L), search(BOB, "SELECT COUNT(df) FROM Datafile df").rows(),
                "the uncompilable rule, staff's and the ghosts' rules must grant bob nothing");
        assertEquals(List.of("ESRF"), search(BOB, "SELECT f.name FROM Facility f").rows(), "public table");
    }

    @Test
    void entityWithoutAnyReadRuleGivesEmptyOrZeroWithoutRunningTheQuery() throws Exception {
        catalogue.rules.forCaller(BOB); // rules loaded before counting
        search(BOB, "SELECT f FROM Facility f");
        catalogue.statements.reset();
        assertEquals(List.of(), search(BOB, "SELECT k FROM Keyword k").rows());
        assertEquals(List.of(0L), search(BOB, "SELECT COUNT(k) FROM Keyword k").rows());
        assertEquals(List.of(), search(BOB, "SELECT MAX(k.name) FROM Keyword k").rows());
        assertEquals(0, catalogue.statements.count(), () -> catalogue.statements.statements().toString());
    }

    @Test
    void anonymousReadsReleasedDatasetAndItsFilesThroughThePublicStep() throws Exception {
        SearchResult result = search(ANON, "SELECT ds FROM Dataset ds INCLUDE ds.datafiles");
        assertEquals(List.of("B2"), names(result.rows()));
        IncludeNode datafiles = result.include().get().children().get(0);
        assertEquals(3, result.loaded().related((EntityBase) result.rows().get(0), datafiles).size());
        assertEquals(List.of(), search(ANON, "SELECT df FROM Datafile df").rows(), "no Datafile rule for anon");
    }

    @Test
    void groupingMemberGetsTheGroupingsRule() throws Exception {
        assertEquals(List.of("A1", "A2", "B2"), names(search(ALICE, DATASETS_OF_A_AND_B).rows()));
        assertEquals(List.of("B1", "B2"), names(search(CAROL, DATASETS_OF_A_AND_B).rows()));
        assertEquals(List.of(2L), search(CAROL, "SELECT COUNT(ds) FROM Dataset ds").rows());
    }

    @Test
    void includedObjectsTheCallerMayNotReadAreLeftOut() throws Exception {
        String query = "SELECT ds FROM Dataset ds WHERE ds.name IN ('A1', 'B1', 'B2') ORDER BY ds.name "
                + "INCLUDE ds.parameters, ds.investigation, ds.datafiles";
        // alice: A1's parameter and investigation; B2 readable but its investigation INV-B is not.
        SearchResult alice = search(ALICE, query);
        assertEquals(List.of("A1", "B2"), names(alice.rows()));
        assertEquals(List.of(1, 0), related(alice, "parameters"));
        assertEquals(List.of(1, 0), related(alice, "investigation"));
        assertEquals(List.of(2, 3), related(alice, "datafiles"));
        // carol reads B1 and B2 by her grouping, but no parameters or investigations; datafiles by PublicStep.
        SearchResult carol = search(CAROL, query);
        assertEquals(List.of("B1", "B2"), names(carol.rows()));
        assertEquals(List.of(0, 0), related(carol, "parameters"));
        assertEquals(List.of(0, 0), related(carol, "investigation"));
        assertEquals(List.of(1, 3), related(carol, "datafiles"));
        SearchResult root = search(ROOT, query);
        assertEquals(List.of(1, 1, 0), related(root, "parameters"));
        assertEquals(List.of(1, 1, 1), related(root, "investigation"));
    }

    @Test
    void includeOneFillsTheReadableToOneRelations() throws Exception {
        SearchResult result = search(ALICE, "SELECT ds FROM Dataset ds WHERE ds.name = 'A1' INCLUDE 1");
        EntityBase a1 = (EntityBase) result.rows().get(0);
        for (IncludeNode node : result.include().get().children()) {
            int expected = node.field().equals("sample") ? 0 : 1; // A1 has no sample
            assertEquals(expected, result.loaded().related(a1, node).size(), node.field());
        }
        Investigation investigation = (Investigation) result.loaded().relatedOne(a1, node(result, "investigation"))
                .orElseThrow();
        assertEquals("INV-A", investigation.getName());
    }

    @Test
    void nestedIncludeStepsAreFilteredAtEveryLevel() throws Exception {
        SearchResult result = search(ALICE, "SELECT i FROM Investigation i WHERE i.name = 'INV-A' "
                + "INCLUDE i.datasets ds, ds.datafiles, ds.parameters");
        EntityBase investigation = (EntityBase) result.rows().get(0);
        IncludeNode datasets = node(result, "datasets");
        List<EntityBase> loaded = result.loaded().related(investigation, datasets);
        assertEquals(List.of("A1", "A2"), names(new ArrayList<>(loaded)));
        IncludeNode files = datasets.children().stream().filter(n -> n.field().equals("datafiles")).findFirst()
                .orElseThrow();
        assertEquals(2, result.loaded().related(loaded.get(0), files).size());
        assertEquals(1, result.loaded().related(loaded.get(1), files).size());
    }

    @Test
    void getByIdChecksExistenceThenRead() throws Exception {
        long a1 = catalogue.fixture.a1.getId();
        GetResult alice = get(ALICE, "Dataset ds INCLUDE ds.datafiles", a1);
        assertEquals("A1", ((Dataset) alice.entity()).getName());
        assertEquals(2, alice.loaded().related(alice.entity(), alice.include().children().get(0)).size());

        IcatServerException denied = assertThrows(IcatServerException.class, () -> get(BOB, "Dataset", a1));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, denied.type());
        assertEquals("READ access to this Dataset is not allowed.", denied.getMessage());

        IcatServerException missing = assertThrows(IcatServerException.class, () -> get(BOB, "Dataset", 987654321L));
        assertEquals(IcatErrorType.NO_SUCH_OBJECT_FOUND, missing.type());
        assertEquals("Dataset[id:987654321] not found.", missing.getMessage());

        assertEquals("B1", ((Dataset) get(CAROL, "Dataset INCLUDE 1", catalogue.fixture.b1.getId()).entity())
                .getName());
        assertEquals("INV-B", ((Investigation) get(ROOT, "Investigation", catalogue.fixture.invB.getId())
                .entity()).getName());
    }

    @Test
    void aggregatesAndMultiItemRows() throws Exception {
        String maxEnergy = "SELECT MAX(p.numericValue) FROM DatasetParameter p";
        assertEquals(List.of(42.5), search(ALICE, maxEnergy).rows());
        assertEquals(List.of(17.0), search(ROOT, "SELECT MIN(p.numericValue) FROM DatasetParameter p").rows());
        assertEquals(1, search(BOB, maxEnergy).rows().size());
        assertEquals(null, search(BOB, maxEnergy).rows().get(0), "MAX over nothing readable is [null]");
        assertEquals(List.of(List.of("A1", "INV-A"), List.of("A2", "INV-A")), search(ALICE,
                "SELECT ds.name, i.name FROM Dataset ds JOIN ds.investigation i WHERE i.name = 'INV-A' "
                        + "ORDER BY ds.name").rows());
        String numericTypes = "SELECT pt.name FROM ParameterType pt "
                + "WHERE pt.valueType = org.icatproject.ParameterValueType.NUMERIC";
        assertEquals(List.of("energy"), search(ROOT, numericTypes).rows());
        assertEquals(List.of(), search(ALICE, numericTypes).rows(), "ParameterType has no rule");
    }

    @Test
    void limitPagesAndTheIdQuirk() throws Exception {
        String big = "SELECT ds.name FROM Dataset ds JOIN ds.investigation i WHERE i.name = 'BIG' ORDER BY ds.name";
        assertEquals(List.of("big10", "big11", "big12"), search(ALICE, big + " LIMIT 10, 3").rows());
        assertEquals(List.of("big48", "big49"), search(ALICE, big + " LIMIT 48, *").rows());
        assertEquals(List.of(), search(BOB, big + " LIMIT 0, 10").rows());
        long a1 = catalogue.fixture.a1.getId();
        assertEquals(List.of("A1"), search(ALICE, "SELECT ds.name FROM Dataset ds WHERE ds.id = " + a1
                + " LIMIT 0, 10").rows());
        assertEquals(List.of(), search(ALICE, "SELECT ds.name FROM Dataset ds WHERE ds.id = " + a1
                + " LIMIT 1, 10").rows());
    }

    @Test
    void hostileLiteralsStayValuesWithLimitAndRules() throws Exception {
        String quoted = "SELECT ds.name FROM Dataset ds WHERE ds.name = 'A1'' OR ''x''=''x' OR ds.name = 'A1' "
                + "LIMIT 0, 5";
        assertEquals(List.of("A1"), search(ALICE, quoted).rows());
        assertEquals(List.of(), search(ALICE, "SELECT ds.name FROM Dataset ds WHERE ds.name = "
                + "'x''; DROP TABLE DATASET; --' LIMIT 0, 5").rows());
        assertEquals(List.of(1L), search(ROOT, "SELECT COUNT(ds) FROM Dataset ds WHERE ds.name = 'A1'").rows());
    }

    @Test
    void maxEntitiesCountsRowsAndIncludedObjects() throws Exception {
        SearchLimits small = SearchLimits.of(30);
        String big = "SELECT ds FROM Dataset ds JOIN ds.investigation i WHERE i.name = 'BIG' ORDER BY ds.name";
        IcatServerException rows = assertThrows(IcatServerException.class, () -> search(ALICE, big, small));
        assertEquals(IcatErrorType.VALIDATION, rows.type());
        assertEquals("attempt to process more than 30 entities", rows.getMessage());
        assertEquals(30, search(ALICE, big + " LIMIT 0, 30", small).rows().size());
        IcatServerException included = assertThrows(IcatServerException.class,
                () -> search(ALICE, big + " LIMIT 0, 5 INCLUDE ds.datafiles", small));
        assertEquals("attempt to return more than 30 entities", included.getMessage());
        assertEquals(List.of((long) RuleFixture.BIG_DATASETS * RuleFixture.BIG_FILES), search(ALICE,
                "SELECT COUNT(df) FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i WHERE i.name = 'BIG'",
                small).rows(), "COUNT is one row, never over the limit");
    }

    @Test
    void conciseRulesAndConciseSearches() throws Exception {
        // Members' Investigation and Datafile rules are concise; staff's Datafile rule is concise with a grouping.
        assertEquals(List.of(2L), search(ALICE,
                "COUNT(Investigation) <-> InvestigationUser <-> User [name = :user]").rows());
        assertEquals(List.of(0L), search(BOB,
                "COUNT(Investigation) <-> InvestigationUser <-> User [name = :user]").rows());
        assertEquals(List.of("BIG", "INV-A"), names(search(ALICE,
                "Investigation <-> InvestigationUser <-> User [name = :user] ORDER BY name").rows()));
        assertEquals(List.of("A1_0.h5", "A1_1.h5", "A2_0.h5"), search(ALICE,
                "Datafile.name <-> Dataset <-> Investigation [name = 'INV-A'] ORDER BY name").rows());
        assertEquals(List.of("B1_0.h5"), search(CAROL, "SELECT df.name FROM Datafile df ORDER BY df.name").rows());
        assertEquals(List.of(List.of(), List.of("B1_0.h5")), List.of(
                search(BOB, "Datafile.name <-> Dataset [name = 'B1']").rows(),
                search(CAROL, "Datafile.name <-> Dataset [name = 'B1']").rows()));
        // B2 is readable but reached through INV-B, which alice may not read: the rules restrict every entity.
        assertEquals(List.of("A2"), names(search(ALICE,
                "1,2 Dataset <-> Investigation [name IN ('INV-A', 'INV-B')] ORDER BY name").rows()));
        assertEquals(List.of("B2"), names(search(BOB, "Dataset [doi IS NOT NULL] INCLUDE Datafile").rows()));
        assertEquals(List.of(4L), search(ROOT,
                "COUNT(Dataset) <-> Investigation [name IN ('INV-A', 'INV-B')]").rows());
        IcatServerException bad = assertThrows(IcatServerException.class,
                () -> search(ALICE, "Dataset <-> Nothing [name = 'x']"));
        assertEquals(IcatErrorType.BAD_PARAMETER, bad.type());
    }

    @Test
    void rulesAreCachedUntilInvalidated() throws Exception {
        String invB = "SELECT i.name FROM Investigation i WHERE i.name = 'INV-B'";
        assertEquals(List.of(), search(BOB, invB).rows());
        EntityManager em = catalogue.factory.createEntityManager();
        try {
            em.getTransaction().begin();
            var rule = catalogue.fixture.rule(em, "R", "SELECT i FROM Investigation i WHERE i.name = 'INV-B'", null);
            em.getTransaction().commit();
            assertEquals(List.of(), search(BOB, invB).rows(), "cached rules until invalidate()");
            catalogue.rules.invalidate();
            assertEquals(List.of("INV-B"), search(BOB, invB).rows());
            em.getTransaction().begin();
            em.remove(rule);
            em.getTransaction().commit();
        } finally {
            catalogue.rules.invalidate();
            em.close();
        }
        assertEquals(List.of(), search(BOB, invB).rows());
    }

    /**
     * Two READ rules on Datafile that both start from df.dataset (the member rule and a rule for everyone), joined
     * by OR in one query: each must keep its own correlation with the row (EclipseLink once shared one alias
     * between two such sub-selects and the SQL named a table of the other).
     */
    @Test
    void twoRulesStartingFromTheSameRelationshipBothApply() throws Exception {
        // df.dataset.id is the row's own foreign key: the outer query joins no Dataset the rules could lean on
        String pair = "(" + catalogue.fixture.a1.getId() + ", " + catalogue.fixture.b1.getId() + ")";
        String files = "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id IN " + pair;
        assertEquals(List.of(2L), search(ALICE, files).rows(), "A1's two files, as a member");
        EntityManager em = catalogue.factory.createEntityManager();
        em.getTransaction().begin();
        var rule = catalogue.fixture.rule(em, "R", "SELECT df FROM Datafile df JOIN df.dataset ds "
                + "JOIN ds.investigation i WHERE i.name = 'INV-B' AND ds.name = 'B1'", null);
        em.getTransaction().commit();
        try {
            catalogue.rules.invalidate();
            catalogue.rules.forCaller(ALICE); // rules loaded before the statements are read
            catalogue.statements.reset();
            assertEquals(List.of(3L), search(ALICE, files).rows(), "and B1's file, open to everyone");
            String sql = catalogue.statements.statements().get(catalogue.statements.count() - 1);
            System.out.println("two Datafile rules: " + sql);
            // each rule reaches the dataset through the row's foreign key: the outer query scans DATAFILE alone
            assertTrue(sql.contains("SELECT COUNT(t0.ID) FROM DATAFILE t0 WHERE"), sql);
            assertEquals(List.of(1L), search(BOB, files).rows(), "B1's file only");
            assertEquals(List.of("A1_0.h5", "A1_1.h5", "B1_0.h5"),
                    search(ALICE, "SELECT df.name FROM Datafile df WHERE df.dataset.id IN " + pair
                            + " ORDER BY df.name").rows());
        } finally {
            em.getTransaction().begin();
            em.remove(em.merge(rule));
            em.getTransaction().commit();
            catalogue.rules.invalidate();
            em.close();
        }
    }

    @Test
    void badQueriesAreBadParameter() {
        IcatServerException bad = assertThrows(IcatServerException.class,
                () -> search(ALICE, "SELECT x FROM Nothing x"));
        assertEquals(IcatErrorType.BAD_PARAMETER, bad.type());
        assertTrue(bad.getMessage().contains("Nothing"), bad.getMessage());
    }

    private SearchResult search(Caller caller, String query) throws IcatServerException {
        return search(caller, query, SearchLimits.of(10_000));
    }

    /**
     * The search engine's shortcut: readability of Investigation, Dataset and Datafile rows decided by their
     * investigation under the rules about the investigation alone. Oracle: the row-by-row search of the same
     * caller. Every row the shortcut admits is readable; when no other rule remains it admits exactly the readable
     * rows.
     */
    @Test
    void readableInvestigationsAgreeWithTheRowByRowRules() throws Exception {
        Map<String, String> toInvestigation = Map.of("Investigation", "e.id", "Dataset", "e.investigation.id",
                "Datafile", "e.dataset.investigation.id");
        for (Caller caller : List.of(ROOT, ALICE, BOB, CAROL, ANON)) {
            for (Map.Entry<String, String> entity : toInvestigation.entrySet()) {
                String what = caller.userName() + " " + entity.getKey();
                Set<Long> readable = new HashSet<>();
                for (Object id : search(caller, "SELECT e.id FROM " + entity.getKey() + " e").rows()) {
                    readable.add(((Number) id).longValue());
                }
                Optional<ReadableInvestigations> decided = readableInvestigations(caller, entity.getKey());
                if (decided.isEmpty()) {
                    continue;
                }
                Set<Long> admitted = new HashSet<>();
                for (Object row : search(ROOT, "SELECT e.id, " + entity.getValue() + " FROM " + entity.getKey()
                        + " e").rows()) {
                    List<?> pair = (List<?>) row;
                    if (decided.get().all() || decided.get().investigationIds().contains(((Number) pair.get(1))
                            .longValue())) {
                        admitted.add(((Number) pair.get(0)).longValue());
                    }
                }
                assertTrue(readable.containsAll(admitted), what + ": admitted " + admitted + ", readable " + readable);
                if (!decided.get().othersRemain()) {
                    assertEquals(readable, admitted, what);
                }
            }
        }
        // alice's member rules are all about the investigation; Dataset and Datafile have row-shaped rules too
        ReadableInvestigations investigations = readableInvestigations(ALICE, "Investigation").orElseThrow();
        assertEquals(2, investigations.investigationIds().size(),
                "INV-A and BIG");
        assertFalse(investigations.othersRemain());
        assertTrue(readableInvestigations(ALICE, "Datafile").orElseThrow().othersRemain(), "staff's B1 rule");
        assertTrue(readableInvestigations(BOB, "Dataset").orElseThrow().othersRemain(), "the DOI rule");
        assertTrue(readableInvestigations(ROOT, "Datafile").orElseThrow().all());
        assertEquals(Optional.empty(), readableInvestigations(ALICE, "Sample"));
    }

    private Optional<ReadableInvestigations> readableInvestigations(Caller caller, String entity)
            throws IcatServerException {
        EntityManager em = catalogue.factory.createEntityManager();
        try {
            return catalogue.search(em, SearchLimits.of(10_000)).readableInvestigations(caller, entity);
        } finally {
            em.close();
        }
    }

    private SearchResult search(Caller caller, String query, SearchLimits limits) throws IcatServerException {
        EntityManager em = catalogue.factory.createEntityManager();
        try {
            return catalogue.search(em, limits).search(caller, query);
        } finally {
            em.close();
        }
    }

    private GetResult get(Caller caller, String query, long id) throws IcatServerException {
        EntityManager em = catalogue.factory.createEntityManager();
        try {
            return catalogue.search(em, SearchLimits.of(10_000)).get(caller, query, id);
        } finally {
            em.close();
        }
    }

    private static IncludeNode node(SearchResult result, String field) {
        return result.include().get().children().stream().filter(n -> n.field().equals(field)).findFirst()
                .orElseThrow();
    }

    /** For each result row, how many objects the INCLUDE edge {@code field} gave it. */
    private static List<Integer> related(SearchResult result, String field) {
        IncludeNode node = node(result, field);
        List<Integer> sizes = new ArrayList<>();
        for (Object row : result.rows()) {
            sizes.add(result.loaded().related((EntityBase) row, node).size());
        }
        return sizes;
    }

    static List<String> names(List<?> rows) {
        List<String> names = new ArrayList<>();
        for (Object row : rows) {
            if (row instanceof Dataset dataset) {
                names.add(dataset.getName());
            } else if (row instanceof Investigation investigation) {
                names.add(investigation.getName());
            } else if (row instanceof Datafile datafile) {
                names.add(datafile.getName());
            } else {
                names.add(String.valueOf(row));
            }
        }
        return names;
    }
}
