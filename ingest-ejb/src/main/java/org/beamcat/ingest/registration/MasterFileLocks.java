package org.beamcat.ingest.registration;

/**
 * One lock per dataset (striped) around "write the master file, then record its size and checksum": two
 * deliveries rewriting the same dataset's master file at once (a repeated {@code icatDataFiles} message, a
 * metadata update during a re-scan) would otherwise leave the catalogue row describing the file the other
 * one replaced. In-process only; registration itself stays idempotent through the catalogue's unique keys.
 */
final class MasterFileLocks {

    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    private MasterFileLocks() {
    }

    static Object of(long datasetId) {
        return STRIPES[Math.floorMod(Long.hashCode(datasetId), STRIPES.length)];
    }
}
