package org.beamcat.ingest.nexus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files a killed JVM left behind are removed when their file is next written. */
class StaleTemporariesTest {

    @TempDir
    Path folder;

    @Test
    void writingTheMasterFileRemovesItsOwnStaleTemporariesOnly() throws Exception {
        Path master = folder.resolve("s_0001_master.h5");
        Path stale = old(folder.resolve(".s_0001_master.h5." + UUID.randomUUID() + ".tmp"));
        Path fresh = Files.write(folder.resolve(".s_0001_master.h5." + UUID.randomUUID() + ".tmp"), new byte[1]);
        Path otherFiles = old(folder.resolve(".scan.spec.h5." + UUID.randomUUID() + ".tmp"));
        Path notOurs = old(folder.resolve(".s_0001_master.h5.notauuid.tmp"));

        MasterFile.write(master, new MasterFile.Content("s_0001", "MA-1", "ID11", "s", folder.toString(),
                OffsetDateTime.parse("2026-03-13T10:00:00Z"), OffsetDateTime.parse("2026-03-13T10:05:00Z"), List.of(),
                List.of()));

        assertTrue(Files.isRegularFile(master));
        assertTrue(MasterFile.writtenByIngestion(master));
        assertFalse(Files.exists(stale), "the crash's temporary file of this master file is gone");
        assertTrue(Files.exists(fresh), "a write still under way elsewhere keeps its file");
        assertTrue(Files.exists(otherFiles), "another file's temporaries are that file's business");
        assertTrue(Files.exists(notOurs), "only names this writer makes are touched");
    }

    @Test
    void nothingToRemoveIsNoFailure() {
        assertEquals(0, AtomicHdfFile.removeStaleTemporaries(folder.resolve("gone/x.h5"), Instant.now()));
    }

    private static Path old(Path file) throws Exception {
        Files.write(file, new byte[10]);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        return file;
    }
}
