package org.beamcat.ids.twolevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;
import org.beamcat.ids.storage.FileArchiveStorage;
import org.beamcat.ids.storage.FileMainStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivedCopyTest {

    private static final String LOCATION = "1/2/file.h5";

    @TempDir
    Path tmp;

    private FileMainStorage main;
    private FileArchiveStorage archive;

    @BeforeEach
    void storages() throws IOException {
        main = new FileMainStorage(Files.createDirectory(tmp.resolve("main")), null);
        archive = new FileArchiveStorage(Files.createDirectory(tmp.resolve("archive")), Duration.ZERO, 0);
        main.put(bytes("archived content"), LOCATION);
    }

    @Test
    void aCopyOfTheSameSizeStandsIn() throws IOException {
        archive.put(bytes("archived content"), LOCATION);
        assertTrue(ArchivedCopy.matches(archive, main, LOCATION));
    }

    @Test
    void noCopyDoesNot() throws IOException {
        assertFalse(ArchivedCopy.matches(archive, main, LOCATION));
    }

    @Test
    void aCopyOlderThanAFileReplacedOnMainStorageDoesNot() throws IOException {
        archive.put(bytes("archived content"), LOCATION);
        Files.writeString(tmp.resolve("main").resolve(LOCATION), "replaced after the write");
        assertFalse(ArchivedCopy.matches(archive, main, LOCATION));
    }

    @Test
    void aFileRewrittenInPlaceAtTheSameSizeAfterTheWriteDoesNot() throws IOException {
        // a master file rewritten after a metadata update: 43.35 became 43.36, same length
        archive.put(bytes("archived content"), LOCATION);
        Path onMain = tmp.resolve("main").resolve(LOCATION);
        Files.writeString(onMain, "archived CONTENT");
        Files.setLastModifiedTime(onMain, FileTime.from(archive.lastModified(LOCATION).orElseThrow().plusSeconds(1)));
        assertFalse(ArchivedCopy.matches(archive, main, LOCATION));
    }

    @Test
    void aFileRestoredFromItsCopyStandsInForItWithoutANewWrite() throws IOException {
        archive.put(bytes("archived content"), LOCATION);
        // archived an hour ago; the restore below writes main storage now
        Path archived = tmp.resolve("archive").resolve(LOCATION);
        Files.setLastModifiedTime(archived, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        main.delete(LOCATION, null, null);

        DfInfo datafile = new DfInfo(1L, "file.h5", LOCATION, null, null, 2L, 16L, null);
        assertEquals(Set.of(), archive.restore(main, List.of(datafile)));
        assertEquals("archived content", Files.readString(tmp.resolve("main").resolve(LOCATION)));
        assertTrue(ArchivedCopy.matches(archive, main, LOCATION));
    }

    @Test
    void anArchiveThatCannotTellSizesIsTrustedOnExistenceAsBefore() throws IOException {
        assertTrue(ArchivedCopy.matches(new ExistsOnly(), main, LOCATION));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A plugin written before {@link ArchiveStorage#size}: only the default answers. */
    private static final class ExistsOnly implements ArchiveStorage {

        @Override
        public void put(DsInfo dataset, InputStream zip) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void get(DsInfo dataset, Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(DsInfo dataset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean exists(DsInfo dataset) {
            return true;
        }

        @Override
        public void put(InputStream body, String location) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String location) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean exists(String location) {
            return true;
        }

        @Override
        public Set<DfInfo> restore(MainStorage main, List<DfInfo> datafiles) {
            return Set.of();
        }
    }
}
