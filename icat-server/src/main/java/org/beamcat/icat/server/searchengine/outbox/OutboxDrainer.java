package org.beamcat.icat.server.searchengine.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.server.searchengine.DocumentSource;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchDocument;
import org.beamcat.icat.server.searchengine.SearchEngine;
import org.beamcat.icat.server.searchengine.SearchEngineException;

/**
 * Applies outbox rows to the index in ID order: a delete removes the entity and everything below it; an update
 * indexes the entity again from the database's current rows (or removes it when it no longer exists, so an update
 * followed by a delete of the same row, drained together, ends deleted); an update with descendants does the same
 * for every dataset and datafile below it. Then the index is committed, and only then are the rows deleted: a crash
 * anywhere before replays them, and every operation is idempotent, so no update is lost or applied wrongly.
 *
 * <p>Not thread-safe: one drainer, on one thread, which also runs the rebuild's steps between drains (so that a
 * document a rebuild step loaded is never written after the delete that followed it).
 */
public final class OutboxDrainer {

    private final OutboxStore store;
    private final DocumentSource source;
    private final SearchEngine engine;
    private final int batchSize;

    public OutboxDrainer(OutboxStore store, DocumentSource source, SearchEngine engine, int batchSize) {
        this.store = store;
        this.source = source;
        this.engine = engine;
        this.batchSize = batchSize;
    }

    /** Applies one batch of rows; returns how many were applied (0 when the outbox is empty). */
    public int drainOnce() throws SearchEngineException {
        List<OutboxEntry> entries = store.next(batchSize);
        if (entries.isEmpty()) {
            return 0;
        }
        Pending pending = new Pending();
        for (OutboxEntry entry : entries) {
            switch (entry.operation()) {
                case DELETE -> {
                    pending.flush();
                    engine.delete(entry.kind(), entry.entityId());
                }
                case UPDATE -> pending.add(entry.kind(), entry.entityId());
                case UPDATE_WITH_DESCENDANTS -> {
                    pending.add(entry.kind(), entry.entityId());
                    pending.flush();
                    reindexBelow(entry.kind(), entry.entityId());
                }
            }
        }
        pending.flush();
        engine.commit();
        store.remove(entries.stream().map(OutboxEntry::id).toList());
        return entries.size();
    }

    /** Drains until the outbox is empty or {@code maxBatches} batches were applied; returns the rows applied. */
    public int drain(int maxBatches) throws SearchEngineException {
        int applied = 0;
        for (int i = 0; i < maxBatches; i++) {
            int batch = drainOnce();
            applied += batch;
            if (batch < batchSize) {
                break;
            }
        }
        return applied;
    }

    private void reindexBelow(EntityKind kind, long id) throws SearchEngineException {
        List<EntityKind> children = kind == EntityKind.INVESTIGATION
                ? List.of(EntityKind.DATASET, EntityKind.DATAFILE)
                : kind == EntityKind.DATASET ? List.of(EntityKind.DATAFILE) : List.of();
        for (EntityKind child : children) {
            long after = -1;
            while (true) {
                List<Long> ids = source.idsBelow(kind, id, child, after, batchSize);
                if (ids.isEmpty()) {
                    break;
                }
                reindex(source, engine, child, ids);
                after = ids.get(ids.size() - 1);
            }
        }
    }

    /** Indexes {@code ids} again from the database; those that no longer exist are removed from the index. */
    static void reindex(DocumentSource source, SearchEngine engine, EntityKind kind, List<Long> ids)
            throws SearchEngineException {
        List<SearchDocument> documents = source.load(kind, ids);
        engine.upsert(documents);
        Set<Long> missing = new HashSet<>(ids);
        documents.forEach(document -> missing.remove(document.id()));
        for (long id : missing) {
            engine.delete(kind, id);
        }
    }

    /** Consecutive updates of one kind, loaded together. */
    private final class Pending {
        private EntityKind kind;
        private final List<Long> ids = new ArrayList<>();
        private final Set<Long> seen = new HashSet<>();

        void add(EntityKind entryKind, long id) throws SearchEngineException {
            if (kind != entryKind) {
                flush();
                kind = entryKind;
            }
            if (seen.add(id)) {
                ids.add(id);
            }
        }

        void flush() throws SearchEngineException {
            if (!ids.isEmpty()) {
                reindex(source, engine, kind, List.copyOf(ids));
            }
            ids.clear();
            seen.clear();
            kind = null;
        }
    }
}
