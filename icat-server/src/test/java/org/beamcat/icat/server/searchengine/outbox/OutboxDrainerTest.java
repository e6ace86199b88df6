package org.beamcat.icat.server.searchengine.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.DocumentSource;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.ReadableFilter;
import org.beamcat.icat.server.searchengine.SearchDocument;
import org.beamcat.icat.server.searchengine.SearchEngine;
import org.beamcat.icat.server.searchengine.SearchEngineException;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;
import org.beamcat.icat.server.searchengine.lucene.LuceneSearchEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The drainer against an in-memory outbox and catalogue, and a real Lucene index in memory. */
class OutboxDrainerTest {

    /** The catalogue: datasets by id, with their name and investigation. */
    private final Map<Long, String[]> datasets = new TreeMap<>();
    private final FakeOutbox outbox = new FakeOutbox();
    private LuceneSearchEngine engine;

    @BeforeEach
    void open() throws Exception {
        engine = LuceneSearchEngine.open(new ByteBuffersDirectory(), 1_000);
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private final DocumentSource source = new DocumentSource() {
        @Override
        public List<SearchDocument> load(EntityKind kind, List<Long> ids) {
            List<SearchDocument> documents = new ArrayList<>();
            for (long id : ids) {
                String[] row = datasets.get(id);
                if (row != null) {
                    documents.add(new SearchDocument(EntityKind.DATASET, id, Long.parseLong(row[1]), id,
                            Map.of(DocumentFields.NAME, List.of(row[0])), Map.of(), Map.of(), List.of()));
                }
            }
            return documents;
        }

        @Override
        public List<Long> ids(EntityKind kind, long afterId, int max) {
            return datasets.keySet().stream().filter(id -> id > afterId).limit(max).toList();
        }

        @Override
        public List<Long> idsBelow(EntityKind parent, long parentId, EntityKind child, long afterId, int max) {
            return List.of();
        }

        @Override
        public long count(EntityKind kind) {
            return datasets.size();
        }
    };

    private static final class FakeOutbox implements OutboxStore {
        final List<OutboxEntry> rows = new ArrayList<>();
        long nextId = 1;
        boolean failRemove;

        void add(long entityId, OutboxOperation operation) {
            rows.add(new OutboxEntry(nextId++, EntityKind.DATASET, entityId, operation, Instant.now()));
        }

        @Override
        public List<OutboxEntry> next(int max) {
            return rows.stream().limit(max).toList();
        }

        @Override
        public void remove(List<Long> ids) throws SearchEngineException {
            if (failRemove) {
                throw new SearchEngineException("the process died before deleting the rows");
            }
            rows.removeIf(row -> ids.contains(row.id()));
        }

        @Override
        public Backlog backlog() {
            return new Backlog(rows.size(), rows.stream().map(OutboxEntry::created).findFirst());
        }
    }

    private Set<Long> indexed(String text) throws Exception {
        SearchPage page = engine.search(SearchQuery.text(EntityKind.DATASET, text, 100), ReadableFilter.EVERYTHING);
        return page.hits().stream().map(SearchPage.Hit::id).collect(Collectors.toSet());
    }

    private void write(long id, String name, long investigation) {
        datasets.put(id, new String[] {name, Long.toString(investigation)});
        outbox.add(id, OutboxOperation.UPDATE);
    }

    private void delete(long id) {
        datasets.remove(id);
        outbox.add(id, OutboxOperation.DELETE);
    }

    @Test
    void writesBecomeSearchableAndRowsAreRemoved() throws Exception {
        write(1, "alpha_0001", 100);
        write(2, "beta_0001", 100);
        assertEquals(2, new OutboxDrainer(outbox, source, engine, 10).drain(5));
        assertEquals(Set.of(1L, 2L), indexed("0001"));
        assertEquals(0, outbox.rows.size());
    }

    @Test
    void updatesThenDeleteDrainedTogetherEndDeleted() throws Exception {
        write(1, "alpha", 100);
        write(1, "alpha_renamed", 100);
        delete(1);
        write(2, "gamma", 100);
        new OutboxDrainer(outbox, source, engine, 10).drain(5);
        assertEquals(Set.of(), indexed("alpha"));
        assertEquals(Set.of(), indexed("alpha_renamed"));
        assertEquals(Set.of(2L), indexed("gamma"));
    }

    @Test
    void aDeleteAppliedInAnEarlierBatchIsNotUndoneByAnOlderUpdate() throws Exception {
        write(1, "alpha", 100);
        new OutboxDrainer(outbox, source, engine, 1).drainOnce();
        write(1, "alpha_two", 100);
        delete(1);
        new OutboxDrainer(outbox, source, engine, 1).drain(10); // one row per batch, in order
        assertEquals(Set.of(), indexed("alpha"));
        assertEquals(0, outbox.rows.size());
    }

    @Test
    void aCrashBeforeTheRowsAreRemovedReplaysThemWithTheSameResult() throws Exception {
        write(1, "alpha", 100);
        write(2, "beta", 100);
        outbox.failRemove = true; // kill -9 after the index commit, before the rows are deleted
        assertThrows(SearchEngineException.class, () -> new OutboxDrainer(outbox, source, engine, 10).drainOnce());
        assertEquals(2, outbox.rows.size(), "nothing lost");
        datasets.put(1L, new String[] {"alpha_after_restart", "100"});
        outbox.failRemove = false;
        new OutboxDrainer(outbox, source, engine, 10).drain(5); // the restarted drainer
        assertEquals(Set.of(1L), indexed("alpha_after_restart"));
        assertEquals(Set.of(2L), indexed("beta"));
        assertEquals(2, engine.count(EntityKind.DATASET), "replayed, not duplicated");
        assertEquals(0, outbox.rows.size());
    }

    @Test
    void aCrashBeforeTheIndexCommitLosesNothing() throws Exception {
        write(1, "alpha", 100);
        SearchEngine failing = new FailingCommit(engine);
        assertThrows(SearchEngineException.class, () -> new OutboxDrainer(outbox, source, failing, 10).drainOnce());
        assertEquals(1, outbox.rows.size());
        new OutboxDrainer(outbox, source, engine, 10).drain(5);
        assertEquals(Set.of(1L), indexed("alpha"));
    }

    @Test
    void rebuildIndexesEverythingAndMarksTheIndexComplete() throws Exception {
        for (long id = 1; id <= 25; id++) {
            datasets.put(id, new String[] {"scan_" + id, "100"});
        }
        assertEquals(false, engine.isComplete());
        IndexRebuild rebuild = new IndexRebuild(source, engine, List.of(EntityKind.DATASET), 10);
        int steps = 0;
        while (rebuild.step()) {
            steps++;
            assertEquals(List.of("Dataset"), rebuild.populating());
        }
        engine.commit();
        assertEquals(3, steps);
        assertEquals(25, rebuild.done());
        assertEquals(25, rebuild.total());
        assertEquals(List.of(), rebuild.populating());
        assertEquals(25, engine.count(EntityKind.DATASET));
        assertEquals(true, engine.isComplete());
    }

    /** An engine whose commit fails (the process dies while committing). */
    private static final class FailingCommit implements SearchEngine {
        private final SearchEngine delegate;

        FailingCommit(SearchEngine delegate) {
            this.delegate = delegate;
        }

        @Override
        public void upsert(Collection<SearchDocument> documents) throws SearchEngineException {
            delegate.upsert(documents);
        }

        @Override
        public void delete(EntityKind kind, long id) throws SearchEngineException {
            delegate.delete(kind, id);
        }

        @Override
        public void clear(EntityKind kind) throws SearchEngineException {
            delegate.clear(kind);
        }

        @Override
        public boolean isComplete() {
            return delegate.isComplete();
        }

        @Override
        public void markComplete(boolean complete) {
        }

        @Override
        public void commit() throws SearchEngineException {
            throw new SearchEngineException("disk full");
        }

        @Override
        public long count(EntityKind kind) throws SearchEngineException {
            return delegate.count(kind);
        }

        @Override
        public SearchPage search(SearchQuery query, ReadableFilter readable) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

}
