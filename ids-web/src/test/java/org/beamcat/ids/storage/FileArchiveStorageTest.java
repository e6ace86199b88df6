package org.beamcat.ids.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArchiveStorageTest {

    @TempDir
    Path tmp;

    @Test
    void bandwidthAndDelaySlowTransfersDown() throws Exception {
        Path archiveRoot = Files.createDirectory(tmp.resolve("archive"));
        FileArchiveStorage archive = new FileArchiveStorage(archiveRoot, Duration.ofMillis(50), 100 * 1024);
        long start = System.nanoTime();
        archive.put(DsInfo.ofIds(1, 2), new ByteArrayInputStream(new byte[20 * 1024]));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // 50 ms delay + 20 KiB at 100 KiB/s = 250 ms at least; a lower bound only, never an upper one.
        assertTrue(millis >= 240, "took " + millis + " ms");
        assertTrue(archive.exists(DsInfo.ofIds(1, 2)));
    }

    @Test
    void restoreVerifiesTheRecordedChecksumAndPublishesNothingCorrupt() throws Exception {
        Path archiveRoot = Files.createDirectory(tmp.resolve("archive"));
        Path mainRoot = Files.createDirectory(tmp.resolve("main"));
        FileArchiveStorage archive = new FileArchiveStorage(archiveRoot, Duration.ZERO, 0);
        FileMainStorage main = new FileMainStorage(mainRoot, null);
        byte[] good = "good bytes".getBytes();
        archive.put(new ByteArrayInputStream(good), "1/2/good");
        archive.put(new ByteArrayInputStream(good), "1/2/bad");
        CRC32 crc = new CRC32();
        crc.update(good);
        DfInfo ok = new DfInfo(1L, "good", "1/2/good", null, null, 2L, 10L, Long.toHexString(crc.getValue()));
        DfInfo wrong = new DfInfo(2L, "bad", "1/2/bad", null, null, 2L, 10L, "deadbeef");
        DfInfo absent = new DfInfo(3L, "absent", "1/2/absent", null, null, 2L, 10L, null);
        Set<DfInfo> failed = archive.restore(main, List.of(ok, wrong, absent));
        assertEquals(Set.of(wrong, absent), failed);
        assertTrue(main.exists("1/2/good"));
        assertFalse(main.exists("1/2/bad"));
        try (var files = Files.list(mainRoot.resolve("1/2"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
