package org.beamcat.icat.server.search;

import static org.beamcat.icat.server.search.RuleFixture.ALICE;
import static org.beamcat.icat.server.search.RuleFixture.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the database refuses because of the query's own content or cost is the client's BAD_PARAMETER, with a fixed
 * explanation and no SQL; a query over its time is cancelled by the driver at the deadline. Subclasses give the
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchRefusalsChecks {

    /** Twelve Datafile variables: far too many rows to count in a second. */
    private static final String CROSS_PRODUCT = "SELECT COUNT(a) FROM Datafile a, Datafile b, Datafile c, "
            + "Datafile d, Datafile e, Datafile f, Datafile g, Datafile h, Datafile i, Datafile j, Datafile k, "
            + "Datafile l";

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
    void divisionByZeroIsABadParameter() {
        for (Caller caller : new Caller[] {ROOT, ALICE}) {
            IcatServerException refused = refused(caller, "SELECT ds.id FROM Dataset ds WHERE ds.id / 0 = 1",
                    SearchDeadline.none());
            assertEquals("The database refused the query: division by zero (SQLSTATE 22012)", refused.getMessage());
        }
    }

    @Test
    void numericOverflowIsABadParameter() {
        IcatServerException refused = refused(ROOT,
                "SELECT ds.id FROM Dataset ds WHERE ds.id * 9223372036854775807 * 9223372036854775807 > 0",
                SearchDeadline.none());
        assertTrue(refused.getMessage().contains("out of range"), refused.getMessage());
    }

    @Test
    void aQueryOverItsTimeIsCancelledAtTheDeadline() {
        long start = System.nanoTime();
        IcatServerException refused = refused(ROOT, CROSS_PRODUCT, SearchDeadline.startingNow(1));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(refused.getMessage().contains("longer than 1 s (beamcat.icat.max-search-seconds)"),
                refused.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "cancelled at the deadline, took " + took);
    }

    private IcatServerException refused(Caller caller, String query, SearchDeadline deadline) {
        EntityManager em = catalogue.factory.createEntityManager();
        try {
            IcatServerException refused = assertThrows(IcatServerException.class, () -> new SearchService(em,
                    catalogue.queries, catalogue.rules, SearchLimits.of(10_000), deadline).search(caller, query));
            assertEquals(IcatErrorType.BAD_PARAMETER, refused.type(), refused.getMessage());
            return refused;
        } finally {
            em.close();
        }
    }
}
