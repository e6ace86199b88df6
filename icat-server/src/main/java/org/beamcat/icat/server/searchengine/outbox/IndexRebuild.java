package org.beamcat.icat.server.searchengine.outbox;

import java.util.List;
import org.beamcat.icat.server.searchengine.DocumentSource;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchEngine;
import org.beamcat.icat.server.searchengine.SearchEngineException;

/**
 * Rebuilds the index of some kinds from the database, one step (a page of ids) at a time, so that the drainer's
 * thread can interleave outbox batches between steps. The index is marked incomplete when the rebuild starts and
 * complete when the last kind is done: a rebuild interrupted by a crash starts again at the next start-up.
 */
public final class IndexRebuild {

    private final DocumentSource source;
    private final SearchEngine engine;
    private final List<EntityKind> kinds;
    private final int pageSize;
    private int kindIndex;
    private long afterId = -1;
    private long done;
    private long total = -1;
    private boolean started;
    private long steps;

    private static final int COMMIT_EVERY_STEPS = 20;

    public IndexRebuild(DocumentSource source, SearchEngine engine, List<EntityKind> kinds, int pageSize) {
        this.source = source;
        this.engine = engine;
        this.kinds = List.copyOf(kinds);
        this.pageSize = pageSize;
    }

    /** Does one page; returns false when the rebuild is finished (and the index marked complete). */
    public boolean step() throws SearchEngineException {
        if (!started) {
            engine.markComplete(false);
            total = 0;
            for (EntityKind kind : kinds) {
                engine.clear(kind);
                total += source.count(kind);
            }
            engine.commit();
            started = true;
        }
        while (kindIndex < kinds.size()) {
            EntityKind kind = kinds.get(kindIndex);
            List<Long> ids = source.ids(kind, afterId, pageSize);
            if (ids.isEmpty()) {
                kindIndex++;
                afterId = -1;
                continue;
            }
            OutboxDrainer.reindex(source, engine, kind, ids);
            if (++steps % COMMIT_EVERY_STEPS == 0) {
                engine.commit(); // progress becomes searchable; the drainer's batches commit in between too
            }
            afterId = ids.get(ids.size() - 1);
            done += ids.size();
            return true;
        }
        engine.markComplete(true);
        return false;
    }

    /** The kinds still being rebuilt, by ICAT name (the answer of {@code GET lucene/db}). */
    public List<String> populating() {
        return kinds.subList(Math.min(kindIndex, kinds.size()), kinds.size()).stream().map(EntityKind::icatName)
                .toList();
    }

    public long done() {
        return done;
    }

    /** Rows to index in all (known after the first step), or -1. */
    public long total() {
        return total;
    }
}
