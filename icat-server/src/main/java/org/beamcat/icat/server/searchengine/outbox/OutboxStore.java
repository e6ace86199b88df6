package org.beamcat.icat.server.searchengine.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.searchengine.SearchEngineException;

/** The search outbox as the drainer sees it. */
public interface OutboxStore {

    /** Up to {@code max} of the oldest rows, in ID order. */
    List<OutboxEntry> next(int max) throws SearchEngineException;

    /** Deletes rows once their changes are committed to the index. */
    void remove(List<Long> ids) throws SearchEngineException;

    /** How many rows wait, and when the oldest was written. */
    Backlog backlog() throws SearchEngineException;

    record Backlog(long pending, Optional<Instant> oldest) {
    }
}
