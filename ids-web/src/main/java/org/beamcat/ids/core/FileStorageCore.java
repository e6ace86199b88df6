package org.beamcat.ids.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import org.beamcat.ids.config.IdsSettings;
import org.beamcat.ids.config.StorageSettings;
import org.beamcat.ids.plugin.ArchiveDecorator;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.storage.FileArchiveStorage;
import org.beamcat.ids.storage.FileMainStorage;
import org.beamcat.ids.twolevel.CatalogueView;
import org.beamcat.ids.zip.DefaultZipMapper;

/** Builds the storage side with the file-based storages from the IDS settings. */
public final class FileStorageCore {

    private static final Logger LOG = Logger.getLogger(FileStorageCore.class.getName());

    private FileStorageCore() {
    }

    public static StorageServices open(IdsSettings settings, CatalogueView catalogue, Clock clock,
            BackgroundExecutors executors) throws IOException {
        StorageSettings storage = settings.storage();
        Path cache = Files.createDirectories(storage.cacheDir());
        FileMainStorage main = new FileMainStorage(settings.dataRoot(), cache, catalogue::datasetLocationsAmong);
        ArchiveStorage archive = settings.archiveRoot()
                .map(root -> decorated(new FileArchiveStorage(root, storage.archiveDelay(),
                        storage.archiveBytesPerSecond())))
                .orElse(null);
        StorageConfig config = new StorageConfig(cache, storage.storageUnit(), storage.queueInterval(),
                storage.writeDelay(), storage.workerThreads(), storage.tidierInterval(), storage.startLevelBytes(),
                storage.stopLevelBytes(), storage.preparedLifetime());
        return StorageServices.open(config, main, archive, new DefaultZipMapper(), catalogue, clock, executors);
    }

    /** The archive wrapped by every {@link ArchiveDecorator} deployed with the application (none in production). */
    private static ArchiveStorage decorated(ArchiveStorage archive) {
        ArchiveStorage result = archive;
        for (ArchiveDecorator decorator : ServiceLoader.load(ArchiveDecorator.class,
                ArchiveDecorator.class.getClassLoader())) {
            LOG.warning("The archive storage is wrapped by " + decorator.getClass().getName()
                    + " (deployed with the application: tests only)");
            result = decorator.decorate(result);
        }
        return result;
    }
}
