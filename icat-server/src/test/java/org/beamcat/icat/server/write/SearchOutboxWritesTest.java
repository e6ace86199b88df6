package org.beamcat.icat.server.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.persistence.CatalogueDatabase;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.ReadableFilter;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;
import org.beamcat.icat.server.searchengine.jdbc.JdbcDocumentSource;
import org.beamcat.icat.server.searchengine.jdbc.JdbcOutboxStore;
import org.beamcat.icat.server.searchengine.lucene.LuceneSearchEngine;
import org.beamcat.icat.server.searchengine.outbox.IndexRebuild;
import org.beamcat.icat.server.searchengine.outbox.OutboxDrainer;
import org.beamcat.icat.server.searchengine.outbox.OutboxRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The search outbox on H2 through the real write use cases: creates (nested), updates, deletes and cascades record
 * rows in the write's transaction (none when it rolls back), and draining them with the JDBC document source keeps a
 * Lucene index equal to the tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchOutboxWritesTest {

    private CatalogueDatabase db;
    private Seed seed;
    private LuceneSearchEngine engine;
    private OutboxDrainer drainer;
    private JdbcOutboxStore outbox;
    private final Clock clock = Clock.fixed(Instant.parse("2024-03-01T10:15:00Z"), ZoneOffset.UTC);

    @BeforeAll
    void openDatabase() {
        db = CatalogueDatabase.h2();
    }

    @AfterAll
    void closeDatabase() {
        db.close();
    }

    /** Each test: its own facility (Seed's tag) and a new index rebuilt from the tables, the outbox emptied. */
    @BeforeEach
    void open() throws Exception {
        seed = Seed.store(db);
        engine = LuceneSearchEngine.open(new ByteBuffersDirectory(), 100_000);
        JdbcDocumentSource source = new JdbcDocumentSource(db.dataSource());
        IndexRebuild rebuild = new IndexRebuild(source, engine,
                List.of(EntityKind.INVESTIGATION, EntityKind.DATASET, EntityKind.DATAFILE), 100);
        while (rebuild.step()) {
            // rebuild what Seed stored behind the write use cases' back
        }
        outbox = new JdbcOutboxStore(db.dataSource());
        drainer = new OutboxDrainer(outbox, source, engine, 100);
        drainer.drain(100);
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private static OutboxRecorder recorder(EntityManager em) {
        return new OutboxRecorder(sql -> em.createNativeQuery(sql).executeUpdate());
    }

    private List<Long> write(String json) throws IcatServerException {
        var elements = new org.beamcat.icat.server.json.EntityJsonReader(Writes.ACCESSORS, Writes.DATES).readWrites(json);
        return db.inTransaction(em -> new EntityWriter(em, Writes.ACCESSORS, Writes.ALICE, WriteAuthorizer.ROOT,
                WriteSettings.defaults(), Writes.DATES, clock).withListener(recorder(em)).write(elements));
    }

    private void delete(String json) throws IcatServerException {
        var targets = new org.beamcat.icat.server.json.EntityJsonReader(Writes.ACCESSORS, Writes.DATES)
                .readDeletes(json);
        db.inTransaction(em -> {
            new EntityDeleter(em, Writes.ACCESSORS, Writes.ALICE, WriteAuthorizer.ROOT, WriteSettings.defaults())
                    .withListener(recorder(em)).delete(targets);
            return null;
        });
    }

    private Set<Long> search(EntityKind kind, String text) throws Exception {
        SearchPage page = engine.search(SearchQuery.text(kind, text, 1_000), ReadableFilter.EVERYTHING);
        return page.hits().stream().map(SearchPage.Hit::id).collect(Collectors.toSet());
    }

    @Test
    void theSeedIsRebuiltFromTheTables() throws Exception {
        assertEquals(Set.of(seed.investigation), search(EntityKind.INVESTIGATION, "MA" + seed.tag));
        assertTrue(search(EntityKind.DATASET, "scan1").contains(seed.dataset));
        assertEquals(Set.of(seed.dataset), search(EntityKind.DATASET, "investigation.name:MA" + seed.tag));
    }

    @Test
    void nestedCreatesUpdatesAndDeletesFollowTheTables() throws Exception {
        long ds = write("{\"Dataset\":{\"name\":\"sampleA_0001\",\"investigation\":{\"id\":" + seed.investigation
                + "},\"type\":{\"id\":" + seed.datasetType + "},\"parameters\":[{\"type\":{\"id\":" + seed.energy
                + "},\"numericValue\":20}],\"datafiles\":[{\"name\":\"sampleA_0001_a.h5\"},{\"name\":\"b.h5\"}]}}")
                .get(0);
        assertTrue(outbox.backlog().pending() >= 4, "dataset, its parameter's dataset, two datafiles");
        drainer.drain(10);
        assertEquals(0, outbox.backlog().pending());
        assertEquals(Set.of(ds), search(EntityKind.DATASET, "0001"));
        assertEquals(2, search(EntityKind.DATAFILE, "dataset.name:sampleA_0001").size());
        SearchQuery energy = new SearchQuery(EntityKind.DATASET, null, List.of(), List.of(),
                List.of(new SearchQuery.ParameterFilter("energy", "eV", null, 19_000.0, 21_000.0, null, null)),
                List.of(), null, null, List.of(), List.of(), java.util.Optional.empty(), 10);
        assertEquals(1, engine.search(energy, ReadableFilter.EVERYTHING).total());

        // renaming the dataset re-indexes its datafiles, which carry its name
        write("{\"Dataset\":{\"id\":" + ds + ",\"name\":\"renamed_0002\"}}");
        drainer.drain(10);
        assertEquals(Set.of(), search(EntityKind.DATASET, "sampleA_0001"));
        assertEquals(2, search(EntityKind.DATAFILE, "dataset.name:renamed_0002").size());

        // deleting the investigation takes everything below it out of the index
        delete("{\"Investigation\":{\"id\":" + seed.investigation + "}}");
        drainer.drain(10);
        assertEquals(Set.of(), search(EntityKind.INVESTIGATION, "MA" + seed.tag));
        assertEquals(Set.of(), search(EntityKind.DATASET, "investigation.name:MA" + seed.tag));
        assertEquals(Set.of(), search(EntityKind.DATAFILE, "investigation.name:MA" + seed.tag));
        assertEquals(Set.of(), search(EntityKind.DATAFILE, "dataset.name:renamed_0002"));
    }

    @Test
    void aCascadeFromAnotherEntityIsRecorded() throws Exception {
        delete("{\"DatasetType\":{\"id\":" + seed.datasetType + "}}");
        drainer.drain(10);
        assertEquals(Set.of(), search(EntityKind.DATASET, "investigation.name:MA" + seed.tag));
        assertEquals(Set.of(seed.investigation), search(EntityKind.INVESTIGATION, "MA" + seed.tag));
    }

    @Test
    void aWriteRolledBackRecordsNothing() throws Exception {
        var elements = new org.beamcat.icat.server.json.EntityJsonReader(Writes.ACCESSORS, Writes.DATES).readWrites(
                "{\"Dataset\":{\"name\":\"rolled_back\",\"investigation\":{\"id\":" + seed.investigation
                        + "},\"type\":{\"id\":" + seed.datasetType + "}}}");
        IcatServerException failure = assertThrows(IcatServerException.class, () -> db.inTransaction(em -> {
            new EntityWriter(em, Writes.ACCESSORS, Writes.ALICE, WriteAuthorizer.ROOT, WriteSettings.defaults(),
                    Writes.DATES, clock).withListener(recorder(em)).write(elements);
            assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM SEARCH_OUTBOX").getSingleResult())
                    .longValue(), "recorded inside the transaction");
            throw new IcatServerException(org.beamcat.icat.client.IcatErrorType.INTERNAL, "a later failure");
        }));
        assertEquals("a later failure", failure.getMessage());
        assertEquals(0, outbox.backlog().pending(), "rolled back with the write");
    }
}
