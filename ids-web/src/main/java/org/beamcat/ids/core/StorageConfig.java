package org.beamcat.ids.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.beamcat.ids.twolevel.StorageUnit;

/**
 * How the storage core runs; built from the IDS settings, or directly by tests.
 *
 * @param cacheDir         the IDS's own folder: prepared files, the queue journal, temporary zips
 * @param storageUnit      what moves between the levels (ignored on single level)
 * @param queueInterval    how often the queue looks for due operations
 * @param writeDelay       dataset unit: wait after the latest write request; datafile unit: batch delay
 * @param workerThreads    operations run at the same time
 * @param tidierInterval   how often prepared files and main storage usage are checked
 * @param startLevelBytes  evict when main storage holds more than this (absent: never evict)
 * @param stopLevelBytes   evict down to this
 * @param preparedLifetime how long a preparedId stays usable
 */
public record StorageConfig(Path cacheDir, StorageUnit storageUnit, Duration queueInterval, Duration writeDelay,
        int workerThreads, Duration tidierInterval, Optional<Long> startLevelBytes, Optional<Long> stopLevelBytes,
        Duration preparedLifetime) {

    public StorageConfig {
        if (startLevelBytes.isPresent() != stopLevelBytes.isPresent()) {
            throw new IllegalArgumentException("Set both the start and the stop level, or neither");
        }
        if (startLevelBytes.isPresent() && stopLevelBytes.get() >= startLevelBytes.get()) {
            throw new IllegalArgumentException("The stop level must be below the start level");
        }
    }
}
