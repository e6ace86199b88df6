package org.beamcat.icat.server.search;

import static org.beamcat.icat.server.search.RuleFixture.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.persistence.TestDatabase;
import org.beamcat.icat.server.query.include.IncludeNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * No N+1: a member's search with INCLUDE over {@value RuleFixture#BIG_DATASETS} datasets ×
 * {@value RuleFixture#BIG_FILES} datafiles costs a small constant number of SQL statements, the same as over 5
 * datasets. Counted with EclipseLink's session events, not timed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IncludeBatchingChecks {

    /** Search + one include query + the to-one rows EclipseLink SE loads eagerly (no weaving in tests). */
    private static final int MAX_STATEMENTS = 8;
    private static final String BIG = "SELECT ds FROM Dataset ds JOIN ds.investigation i WHERE i.name = 'BIG' "
            + "ORDER BY ds.name";

    private CatalogueUnderTest catalogue;

    protected abstract TestDatabase createEmptyDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        catalogue = new CatalogueUnderTest(createEmptyDatabase());
        catalogue.rules.forCaller(ALICE); // load the rules now, so their two queries are not counted below
    }

    @AfterAll
    void stop() {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    @Test
    void statementCountDoesNotGrowWithTheNumberOfRows() throws Exception {
        Measured all = measure(BIG + " INCLUDE ds.datafiles", SearchLimits.of(10_000));
        Measured few = measure(BIG + " LIMIT 0, 5 INCLUDE ds.datafiles", SearchLimits.of(10_000));

        assertEquals(RuleFixture.BIG_DATASETS, all.result.rows().size());
        IncludeNode datafiles = all.result.include().get().children().get(0);
        for (Object dataset : all.result.rows()) {
            assertEquals(RuleFixture.BIG_FILES, all.result.loaded().related((EntityBase) dataset, datafiles).size());
        }
        assertEquals(RuleFixture.BIG_DATASETS * RuleFixture.BIG_FILES, all.result.loaded().size());
        assertTrue(all.statements.size() >= 2, "the counter must see the search and the include query");
        assertTrue(all.statements.size() <= MAX_STATEMENTS, () -> all.statements.size() + " statements: "
                + String.join("\n", all.statements));
        assertEquals(few.statements.size(), all.statements.size(), () -> "5 datasets: " + few.statements
                + "\n50 datasets: " + all.statements);
    }

    @Test
    void nestedIncludeCostsOneQueryPerEdgeAndNoneForADeniedEdge() throws Exception {
        Measured one = measure(BIG + " INCLUDE ds.datafiles", SearchLimits.of(10_000));
        Measured three = measure(BIG + " INCLUDE ds.datafiles df, df.parameters, ds.parameters",
                SearchLimits.of(10_000));
        // ds.parameters: one more query; df.parameters: no rule lets alice read DatafileParameter, so no query.
        assertEquals(one.statements.size() + 1, three.statements.size(),
                () -> String.join("\n", three.statements));
    }

    @Test
    void parentIdsAreChunkedByMaxIdsInQuery() throws Exception {
        Measured chunked = measure(BIG + " INCLUDE ds.datafiles", new SearchLimits(10_000, 20));
        Measured whole = measure(BIG + " INCLUDE ds.datafiles", SearchLimits.of(10_000));
        assertEquals(whole.result.loaded().size(), chunked.result.loaded().size());
        // 50 parents in chunks of 20: three include queries instead of one.
        assertEquals(whole.statements.size() + 2, chunked.statements.size());
    }

    private Measured measure(String query, SearchLimits limits) throws Exception {
        EntityManager em = catalogue.factory.createEntityManager();
        try {
            catalogue.statements.reset();
            SearchResult result = catalogue.search(em, limits).search(ALICE, query);
            return new Measured(result, catalogue.statements.statements());
        } finally {
            em.close();
        }
    }

    private record Measured(SearchResult result, List<String> statements) {
    }
}
