package org.beamcat.ids.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * Settings of the storage core (queue, archive behaviour, tidier, cache), read with the other IDS
 * settings. Levels are in MiB and times in seconds or hours, as an operator writes them.
 *
 * @param cacheDir            the IDS's own folder ({@code beamcat.ids.cache-dir}, default
 *                            {@code <data root>/.beamcat-ids}, which main storage then refuses as a location)
 * @param storageUnit         {@code beamcat.ids.storage-unit}: DATASET (default) or DATAFILE, two level only
 * @param archiveDelay        {@code beamcat.ids.archive.delay-ms}: wait before every archive call, like a
 *                            tape mount (default 0)
 * @param archiveBytesPerSecond {@code beamcat.ids.archive.bandwidth-kib-per-second} × 1024; 0 = unlimited
 * @param queueInterval       {@code beamcat.ids.queue.interval-seconds} (default 5)
 * @param writeDelay          {@code beamcat.ids.queue.write-delay-seconds} (default 60): dataset unit, wait
 *                            after the latest write request; datafile unit, batching delay
 * @param workerThreads       {@code beamcat.ids.queue.threads} (default 4)
 * @param tidierInterval      {@code beamcat.ids.tidier.interval-seconds} (default 60)
 * @param startLevelBytes     {@code beamcat.ids.tidier.start-level-mib}: evict above this; absent = never
 * @param stopLevelBytes      {@code beamcat.ids.tidier.stop-level-mib}: evict down to this; below start
 * @param preparedLifetime    {@code beamcat.ids.prepared-lifetime-hours} (default 168, a week)
 */
public record StorageSettings(Path cacheDir, StorageUnit storageUnit, Duration archiveDelay,
        long archiveBytesPerSecond, Duration queueInterval, Duration writeDelay, int workerThreads,
        Duration tidierInterval, Optional<Long> startLevelBytes, Optional<Long> stopLevelBytes,
        Duration preparedLifetime) {

    public static final String CACHE_DIR = "beamcat.ids.cache-dir";
    public static final String STORAGE_UNIT = "beamcat.ids.storage-unit";
    public static final String ARCHIVE_DELAY_MS = "beamcat.ids.archive.delay-ms";
    public static final String ARCHIVE_BANDWIDTH_KIB = "beamcat.ids.archive.bandwidth-kib-per-second";
    public static final String QUEUE_INTERVAL_SECONDS = "beamcat.ids.queue.interval-seconds";
    public static final String WRITE_DELAY_SECONDS = "beamcat.ids.queue.write-delay-seconds";
    public static final String QUEUE_THREADS = "beamcat.ids.queue.threads";
    public static final String TIDIER_INTERVAL_SECONDS = "beamcat.ids.tidier.interval-seconds";
    public static final String START_LEVEL_MIB = "beamcat.ids.tidier.start-level-mib";
    public static final String STOP_LEVEL_MIB = "beamcat.ids.tidier.stop-level-mib";
    public static final String PREPARED_LIFETIME_HOURS = "beamcat.ids.prepared-lifetime-hours";

    /** The cache folder used when {@link #CACHE_DIR} is not set, under the data root. */
    public static final String DEFAULT_CACHE_NAME = ".beamcat-ids";

    private static final long MIB = 1024L * 1024L;
    private static final Pattern UNIT = Pattern.compile("(?i)dataset|datafile");

    static StorageSettings read(SettingsReader reader, Path dataRoot) {
        Path cacheDir = reader.optionalString(CACHE_DIR).isPresent()
                ? reader.existingDirectory(CACHE_DIR, true)
                : defaultCache(dataRoot);
        StorageUnit unit = StorageUnit.parse(reader.stringMatching(STORAGE_UNIT, "DATASET", UNIT, "DATASET or DATAFILE"));
        Optional<Long> start = mebibytes(reader, START_LEVEL_MIB);
        Optional<Long> stop = mebibytes(reader, STOP_LEVEL_MIB);
        if (start.isPresent() != stop.isPresent()) {
            String missing = start.isPresent() ? STOP_LEVEL_MIB : START_LEVEL_MIB;
            throw new InvalidSettingException(missing, "no value is set, but the other tidier level is");
        }
        if (start.isPresent() && stop.get() >= start.get()) {
            throw new InvalidSettingException(STOP_LEVEL_MIB, "must be below " + START_LEVEL_MIB);
        }
        return new StorageSettings(cacheDir, unit,
                Duration.ofMillis(reader.intInRange(ARCHIVE_DELAY_MS, 0, 0, 3_600_000)),
                reader.intInRange(ARCHIVE_BANDWIDTH_KIB, 0, 0, Integer.MAX_VALUE) * 1024L,
                Duration.ofSeconds(reader.intInRange(QUEUE_INTERVAL_SECONDS, 5, 1, 3600)),
                Duration.ofSeconds(reader.intInRange(WRITE_DELAY_SECONDS, 60, 0, 86_400)),
                reader.intInRange(QUEUE_THREADS, 4, 1, 64),
                Duration.ofSeconds(reader.intInRange(TIDIER_INTERVAL_SECONDS, 60, 1, 86_400)),
                start, stop,
                Duration.ofHours(reader.intInRange(PREPARED_LIFETIME_HOURS, 168, 1, 87_600)));
    }

    private static Path defaultCache(Path dataRoot) {
        if (!Files.isWritable(dataRoot)) {
            throw new InvalidSettingException(CACHE_DIR,
                    "no value is set and the default under the data root cannot be created (the data root is not writable)");
        }
        return dataRoot.resolve(DEFAULT_CACHE_NAME);
    }

    private static Optional<Long> mebibytes(SettingsReader reader, String key) {
        if (reader.optionalString(key).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(reader.intInRange(key, 0, 0, Integer.MAX_VALUE) * MIB);
    }
}
