package org.beamcat.ids.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.MainStorage;
import org.beamcat.ids.plugin.ZipMapper;
import org.beamcat.ids.twolevel.CatalogueView;
import org.beamcat.ids.twolevel.LockManager;
import org.beamcat.ids.twolevel.OperationQueue;

/**
 * The storage side of the IDS, opened once per application: the shared {@link StorageCore}, the operations
 * the use cases call on it, and the background work. Closing stops the background work.
 */
public record StorageServices(StorageCore core, Availability availability, DownloadOpener downloads,
        FileIntake intake, DeletionLocks deletions, StorageBackground background) implements AutoCloseable {

    /**
     * Opens the storage side and starts its background work on {@code executors}.
     *
     * @param archive   the archive storage, or null for single-level storage
     * @param catalogue what background work asks the catalogue (not used on single level)
     */
    public static StorageServices open(StorageConfig config, MainStorage main, ArchiveStorage archive,
            ZipMapper mapper, CatalogueView catalogue, Clock clock, BackgroundExecutors executors)
            throws IOException {
        Path cache = Files.createDirectories(config.cacheDir());
        PreparedStore prepared = new PreparedStore(cache.resolve("prepared"), config.preparedLifetime(), clock);
        OperationQueue queue = archive == null ? null
                : OperationQueue.open(config.storageUnit(), config.writeDelay(), clock, cache.resolve("queue.json"));
        StorageCore core = new StorageCore(main, mapper, config.storageUnit(), new LockManager(main), prepared, queue);
        StorageBackground background = StorageBackground.start(core, config, archive, catalogue, executors);
        return new StorageServices(core, new Availability(core), new DownloadOpener(core), new FileIntake(core),
                new DeletionLocks(core), background);
    }

    @Override
    public void close() {
        background.close();
    }
}
