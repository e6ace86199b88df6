package org.beamcat.ids.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.CRC32;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.storage.FileArchiveStorage;
import org.beamcat.ids.storage.FileMainStorage;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.ids.zip.DefaultZipMapper;

/** Real folders for main storage, archive and cache, a catalogue in memory, and the service on top. */
final class StorageFixture implements AutoCloseable {

    final Path dataRoot;
    final Path archiveRoot;
    final Path cacheDir;
    final StorageUnit unit;
    final boolean twoLevel;
    final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    final FileMainStorage main;
    final FlakyArchive archive;
    Duration queueInterval = Duration.ofMillis(20);
    Duration writeDelay = Duration.ofMillis(100);
    Duration tidierInterval = Duration.ofHours(1);
    Optional<Long> startLevel = Optional.empty();
    Optional<Long> stopLevel = Optional.empty();
    StorageServices service;

    StorageFixture(Path tmp, StorageUnit unit, boolean twoLevel) throws IOException {
        this.dataRoot = Files.createDirectories(tmp.resolve("main"));
        this.archiveRoot = Files.createDirectories(tmp.resolve("archive"));
        this.cacheDir = Files.createDirectories(dataRoot.resolve(".beamcat-ids"));
        this.unit = unit;
        this.twoLevel = twoLevel;
        this.main = new FileMainStorage(dataRoot, cacheDir);
        this.archive = new FlakyArchive(new FileArchiveStorage(archiveRoot, Duration.ofMillis(30), 0));
    }

    /** Plain JDK threads standing in for the container's managed executors. */
    // One thread, so that a no-op queued after start-up runs only once the start-up ticks have run (open()).
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    final ExecutorService workers = Executors.newCachedThreadPool();

    StorageServices open() throws IOException {
        StorageConfig config = new StorageConfig(cacheDir, unit, queueInterval, writeDelay, 2, tidierInterval,
                startLevel, stopLevel, Duration.ofHours(1));
        service = StorageServices.open(config, main, twoLevel ? archive : null, new DefaultZipMapper(), catalogue,
                Clock.systemUTC(), new BackgroundExecutors(scheduler, workers));
        org.beamcat.ids.usecase.StartUpTicks.await(scheduler);
        return service;
    }

    DsInfo dataset(long dsId) {
        DsInfo ds = new DsInfo(dsId, "ds" + dsId, null, 1L, "inv", "N/A", 5L, "Fac");
        catalogue.datasets.put(dsId, ds);
        return ds;
    }

    /** A file as ingestion leaves it: written under the data root and registered with its CRC32. */
    DfInfo file(DsInfo ds, long dfId, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String location = ds.invId() + "/" + ds.dsId() + "/f" + dfId;
        main.put(new ByteArrayInputStream(bytes), location);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        DfInfo df = new DfInfo(dfId, "file" + dfId + ".dat", location, "db/ingest", "db/ingest", ds.dsId(),
                (long) bytes.length, Long.toHexString(crc.getValue()));
        catalogue.datafiles.put(dfId, df);
        return df;
    }

    /** Every registered file of the datasets, as the REST layer would resolve datasetIds. */
    DataSelection selection(DsInfo... datasets) {
        List<DfInfo> files = new ArrayList<>();
        for (DsInfo ds : datasets) {
            files.addAll(catalogue.datafiles(ds));
        }
        return new DataSelection(List.of(datasets), files);
    }

    /** Writes the selection to the archive and evicts it from main storage, through the service. */
    void archiveAll(DataSelection selection) throws Exception {
        service.availability().write(selection);
        awaitIdle();
        service.availability().archive(selection);
        awaitIdle();
    }

    void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!service.core().serviceStatus().opsQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("The queue did not empty: " + service.core().serviceStatus().opsQueue());
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
        scheduler.shutdownNow();
        workers.shutdownNow();
    }
}
