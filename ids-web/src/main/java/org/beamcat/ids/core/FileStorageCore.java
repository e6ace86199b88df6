package org.beamcat.ids.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.beamcat.ids.config.IdsSettings;
import org.beamcat.ids.config.StorageSettings;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.storage.ArchiveFaults;
import org.beamcat.ids.storage.FileArchiveStorage;
import org.beamcat.ids.storage.FileMainStorage;
import org.beamcat.ids.twolevel.CatalogueView;
import org.beamcat.ids.zip.DefaultZipMapper;

/** Builds the storage core with the file-based storages from the IDS settings. */
public final class FileStorageCore {

    private FileStorageCore() {
    }

    public static DataSelectionService open(IdsSettings settings, CatalogueView catalogue, Clock clock)
            throws IOException {
        StorageSettings storage = settings.storage();
        Path cache = Files.createDirectories(storage.cacheDir());
        FileMainStorage main = new FileMainStorage(settings.dataRoot(), cache, catalogue::datasetLocationsAmong);
        ArchiveStorage archive = settings.archiveRoot()
                .map(root -> (ArchiveStorage) new FileArchiveStorage(root, storage.archiveDelay(),
                        storage.archiveBytesPerSecond(), storage.archiveFailureRateFile()
                                .map(file -> ArchiveFaults.fromFile(file, new SecureRandom()))
                                .orElse(ArchiveFaults.none())))
                .orElse(null);
        StorageConfig config = new StorageConfig(cache, storage.storageUnit(), storage.queueInterval(),
                storage.writeDelay(), storage.workerThreads(), storage.tidierInterval(), storage.startLevelBytes(),
                storage.stopLevelBytes(), storage.preparedLifetime());
        return DataSelectionService.open(config, main, archive, new DefaultZipMapper(), catalogue, clock);
    }
}
