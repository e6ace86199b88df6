package org.beamcat.ids.usecase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import org.beamcat.icat.client.RootUsers;
import org.beamcat.ids.core.BackgroundExecutors;
import org.beamcat.ids.core.StorageConfig;
import org.beamcat.ids.core.StorageServices;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.storage.FileArchiveStorage;
import org.beamcat.ids.storage.FileMainStorage;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.ids.zip.DefaultZipMapper;

/**
 * The use cases over the in-memory catalogue and file storage in a temporary folder. The queue never ticks
 * on its own here (an hour between ticks), so what a use case queued stays visible in the service status.
 */
final class UseCaseFixture implements AutoCloseable {

    static final String ALICE = "alice-session";
    static final String BOB = "bob-session";

    final Path dataRoot;
    final InMemoryIdsCatalogue catalogue = new InMemoryIdsCatalogue();
    final FileMainStorage main;
    final StorageServices storage;
    final Downloads downloads;
    final ArchiveRequests archiveRequests;
    final Uploads uploads;
    final Deletions deletions;
    final ServiceAdmin serviceAdmin;
    private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(1);

    UseCaseFixture(Path tmp, StorageUnit unit, boolean twoLevel) throws IOException {
        dataRoot = Files.createDirectories(tmp.resolve("main"));
        Path cache = Files.createDirectories(dataRoot.resolve(".beamcat-ids"));
        main = new FileMainStorage(dataRoot, cache);
        FileArchiveStorage archive = twoLevel
                ? new FileArchiveStorage(Files.createDirectories(tmp.resolve("archive")), Duration.ZERO, 0) : null;
        StorageConfig config = new StorageConfig(cache, unit, Duration.ofHours(1), Duration.ofHours(1), 1,
                Duration.ofHours(1), Optional.empty(), Optional.empty(), Duration.ofHours(1));
        storage = StorageServices.open(config, main, archive, new DefaultZipMapper(), catalogue, Clock.systemUTC(),
                new BackgroundExecutors(threads, threads));
        downloads = new Downloads(catalogue, storage.core(), storage.availability(), storage.downloads());
        archiveRequests = new ArchiveRequests(catalogue, storage.core(), storage.availability());
        uploads = new Uploads(catalogue, storage.intake());
        deletions = new Deletions(catalogue, storage.deletions());
        serviceAdmin = new ServiceAdmin(catalogue, storage.core(), RootUsers.of(Set.of("simple/root")));
        catalogue.session(ALICE, "simple/alice", 1L).session(BOB, "simple/bob", 2L);
        StartUpTicks.await(threads);
    }

    /** A datafile of {@code ds} registered in the catalogue, with its bytes on main storage. */
    DfInfo file(DsInfo ds, long dfId, String content) throws IOException {
        String location = ds.invId() + "/" + ds.dsId() + "/f" + dfId;
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        main.put(new ByteArrayInputStream(bytes), location);
        return catalogue.datafile(ds, dfId, location, bytes.length);
    }

    /** Every file under the data root except the IDS's own folder. */
    long filesOnMainStorage() throws IOException {
        try (var paths = Files.walk(dataRoot)) {
            return paths.filter(Files::isRegularFile).filter(p -> !p.startsWith(dataRoot.resolve(".beamcat-ids")))
                    .count();
        }
    }

    static SelectionIds datasets(Long... ids) {
        return new SelectionIds(java.util.List.of(), java.util.List.of(ids), java.util.List.of());
    }

    static SelectionIds datafiles(Long... ids) {
        return new SelectionIds(java.util.List.of(), java.util.List.of(), java.util.List.of(ids));
    }

    @Override
    public void close() {
        storage.close();
        threads.shutdownNow();
    }
}
