package org.beamcat.icat.server.write;

/**
 * Limits and batch sizes of the write use cases.
 *
 * @param maxEntities   most objects (top-level, nested and referenced rows updated) one call may process; more is
 *                      VALIDATION "attempt to process more than N entities", as in ICAT
 * @param flushEvery    new objects to persist between a flush and clear of the persistence context, so a createMany
 *                      of thousands of rows is written in JDBC batches and memory stays flat
 * @param maxIdsInQuery most values in one IN list (ICAT's maxIdsInQuery; at most 1000 for Oracle)
 */
public record WriteSettings(int maxEntities, int flushEvery, int maxIdsInQuery) {

    public WriteSettings {
        if (maxEntities < 1 || flushEvery < 1 || maxIdsInQuery < 1) {
            throw new IllegalArgumentException("Write settings must be positive: " + maxEntities + ", " + flushEvery
                    + ", " + maxIdsInQuery);
        }
    }

    /** ICAT's example configuration: maxEntities 10000, maxIdsInQuery 500; flushes every 1000 new rows. */
    public static WriteSettings defaults() {
        return new WriteSettings(10_000, 1_000, 500);
    }

    public WriteSettings withMaxEntities(int newMaxEntities) {
        return new WriteSettings(newMaxEntities, flushEvery, maxIdsInQuery);
    }

    public WriteSettings withFlushEvery(int newFlushEvery) {
        return new WriteSettings(maxEntities, newFlushEvery, maxIdsInQuery);
    }
}
