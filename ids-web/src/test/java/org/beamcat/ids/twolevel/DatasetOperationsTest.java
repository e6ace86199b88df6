package org.beamcat.ids.twolevel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.storage.FileArchiveStorage;
import org.beamcat.ids.testplugin.ArchiveFaults;
import org.beamcat.ids.testplugin.FailureRateArchive;
import org.beamcat.ids.storage.FileMainStorage;
import org.beamcat.ids.zip.DefaultZipMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eviction of a dataset unit on real file storages, with files registered the way ingestion does. */
class DatasetOperationsTest {

    private static final DsInfo DATASET = new DsInfo(2L, "scan", "bl/scan", 1L, "inv", "v1", 3L, "fac");

    @TempDir
    Path tmp;

    private final List<DfInfo> registered = new ArrayList<>();
    private FileMainStorage main;
    private ArchiveStorage archive;
    private Path archiveCopy;
    private Path failureRate;
    private DatasetOperations operations;

    @BeforeEach
    void storages() throws IOException {
        main = new FileMainStorage(Files.createDirectory(tmp.resolve("main")), null);
        failureRate = tmp.resolve("failure-rate");
        Path archiveRoot = Files.createDirectory(tmp.resolve("archive"));
        archive = new FailureRateArchive(new FileArchiveStorage(archiveRoot, Duration.ZERO, 0),
                ArchiveFaults.fromFile(failureRate, RandomGenerator.getDefault()));
        archiveCopy = archiveRoot.resolve("1/2");
        operations = new DatasetOperations(main, archive, new Registered(), new DefaultZipMapper(),
                Files.createDirectory(tmp.resolve("work")));
        ingest("a.h5", "first file", true);
    }

    @Test
    void aFileIngestedAfterTheWriteIsArchivedBeforeEvictionAndRestoredIntact() throws IOException {
        operations.write(DATASET);
        ingest("late.h5", "registered after the zip was written", false);
        assertTrue(operations.evict(DATASET));
        assertFalse(Files.exists(tmp.resolve("main/bl/scan/late.h5")));
        operations.restore(DATASET, List.copyOf(registered));
        assertEquals("registered after the zip was written", read("late.h5"));
        assertEquals("first file", read("a.h5"));
    }

    @Test
    void aFileReplacedAfterTheWriteIsArchivedAgainBeforeEviction() throws IOException {
        ingest("b.h5", "no checksum", false);
        operations.write(DATASET);
        Files.writeString(tmp.resolve("main/bl/scan/b.h5"), "a longer replacement");
        assertTrue(operations.evict(DATASET));
        operations.restore(DATASET, List.copyOf(registered));
        assertEquals("a longer replacement", read("b.h5"));
    }

    @Test
    void aFileThatNoLongerMatchesTheCataloguesChecksumIsNeverEvicted() throws IOException {
        operations.write(DATASET);
        Files.writeString(tmp.resolve("main/bl/scan/a.h5"), "other bytes");
        // A zip of these bytes would fail the restore's checksum check: main storage keeps the only copy.
        assertFalse(operations.evict(DATASET));
        assertEquals("other bytes", read("a.h5"));
    }

    @Test
    void aHeldDatasetIsEvictedWithoutRewritingItsZip() throws IOException {
        operations.write(DATASET);
        Files.setLastModifiedTime(archiveCopy, java.nio.file.attribute.FileTime.fromMillis(0));
        assertTrue(operations.evict(DATASET));
        assertEquals(0, Files.getLastModifiedTime(archiveCopy).toMillis(), "the zip was not written again");
        assertFalse(main.exists(DATASET));
    }

    @Test
    void aFailingArchiveDeletesNothing() throws IOException {
        operations.write(DATASET);
        ingest("late.h5", "only copy", false);
        Files.writeString(failureRate, "1");
        assertThrows(IOException.class, () -> operations.evict(DATASET));
        assertEquals("only copy", read("late.h5"));
        assertEquals("first file", read("a.h5"));
    }

    @Test
    void anUnreadableArchiveCopyIsRewrittenFromMainStorage() throws IOException {
        operations.write(DATASET);
        Files.writeString(archiveCopy, "not a zip");
        assertTrue(operations.evict(DATASET));
        operations.restore(DATASET, List.copyOf(registered));
        assertEquals("first file", read("a.h5"));
    }

    @Test
    void aDatasetWithoutArchiveCopyIsWrittenThenEvicted() throws IOException {
        assertTrue(operations.evict(DATASET));
        assertTrue(Files.isRegularFile(archiveCopy));
        operations.restore(DATASET, List.copyOf(registered));
        assertEquals("first file", read("a.h5"));
    }

    /** The file under Dataset.location, registered straight in the catalogue: no IDS put, no write queued. */
    private void ingest(String name, String content, boolean withChecksum) throws IOException {
        Path file = tmp.resolve("main/bl/scan/" + name);
        Files.createDirectories(file.getParent());
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        registered.add(new DfInfo((long) registered.size() + 10, name, "bl/scan/" + name, null, null, 2L,
                (long) bytes.length, withChecksum ? Long.toHexString(crc.getValue()) : null));
    }

    private String read(String name) throws IOException {
        return Files.readString(tmp.resolve("main/bl/scan/" + name));
    }

    private final class Registered implements CatalogueView {

        @Override
        public List<DfInfo> datafiles(DsInfo dataset) {
            return List.copyOf(registered);
        }

        @Override
        public List<DsInfo> datasetsMatching(DsInfo partial) {
            return List.of(DATASET);
        }

        @Override
        public Set<String> datasetLocationsAmong(Collection<String> folders) {
            return Set.of();
        }

        @Override
        public List<DfInfo> datafilesMatching(DfInfo partial) {
            return List.of();
        }
    }
}
