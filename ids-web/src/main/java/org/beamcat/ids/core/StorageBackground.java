package org.beamcat.ids.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.twolevel.CatalogueView;
import org.beamcat.ids.twolevel.QueueProcessor;
import org.beamcat.ids.twolevel.SpaceTidier;

/**
 * The storage core's background work on the given executors: the queue processor (two level) and the tidier
 * (expired prepared snapshots; eviction above the start level). Closing stops both; queued operations stay
 * in the journal and resume when the core is opened again.
 */
public final class StorageBackground implements AutoCloseable {

    private final QueueProcessor processor; // null on single level
    private final ScheduledFuture<?> tidier;

    private StorageBackground(QueueProcessor processor, ScheduledFuture<?> tidier) {
        this.processor = processor;
        this.tidier = tidier;
    }

    static StorageBackground start(StorageCore core, StorageConfig config, ArchiveStorage archive,
            CatalogueView catalogue, BackgroundExecutors executors) throws IOException {
        QueueProcessor processor = null;
        if (core.isTwoLevel()) {
            Path work = config.cacheDir().resolve("dataset");
            deleteContents(work); // temporary zips of operations cut short by a restart
            Files.createDirectories(work);
            processor = new QueueProcessor(core.queue, core.locks, core.main, archive, catalogue, core.mapper, work,
                    executors.workers(), config.workerThreads());
            processor.start(executors.scheduler(), config.queueInterval());
        }
        Optional<SpaceTidier> space = core.isTwoLevel() && config.startLevelBytes().isPresent()
                ? Optional.of(new SpaceTidier(core.queue, core.main, catalogue, config.startLevelBytes().get(),
                        config.stopLevelBytes().get()))
                : Optional.empty();
        ScheduledFuture<?> tidier = executors.scheduler().scheduleWithFixedDelay(() -> {
            core.prepared.removeExpired();
            space.ifPresent(SpaceTidier::run);
        }, 0, config.tidierInterval().toMillis(), TimeUnit.MILLISECONDS);
        return new StorageBackground(processor, tidier);
    }

    @Override
    public void close() {
        tidier.cancel(false);
        if (processor != null) {
            processor.close();
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
