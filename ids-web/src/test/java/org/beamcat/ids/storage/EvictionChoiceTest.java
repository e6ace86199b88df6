package org.beamcat.ids.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which units main storage offers for eviction: least recently used first, just enough to reach the stop level. */
class EvictionChoiceTest {

    @TempDir
    Path root;

    FileMainStorage storage;

    @BeforeEach
    void setUp() throws Exception {
        Path cache = Files.createDirectories(root.resolve(".beamcat-ids"));
        Files.write(cache.resolve("ignored"), new byte[10_000]); // the IDS's own files never count
        storage = new FileMainStorage(root, cache);
        // dataset 1/10: 300 bytes, newest file at t=100; 1/11: 300 bytes at t=300; 2/20: 400 bytes at t=200
        file("1/10/a", 100, 100);
        file("1/10/b", 200, 50);
        file("1/11/a", 300, 300);
        file("2/20/a", 400, 200);
    }

    private void file(String location, int size, long seconds) throws Exception {
        Path path = root.resolve(location);
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[size]);
        Files.setLastModifiedTime(path, FileTime.fromMillis(seconds * 1000));
    }

    @Test
    void nothingWhileAtOrBelowTheStartLevel() throws Exception {
        assertEquals(1000, storage.usedBytes());
        assertEquals(List.of(), storage.datasetsToArchive(500, 1000));
        assertEquals(List.of(), storage.datafilesToArchive(500, 1000));
    }

    @Test
    void datasetsOldestFirstUntilTheStopLevelIsReached() throws Exception {
        // 1000 used, stop at 700: 1/10 (300, oldest) is enough
        assertEquals(List.of(DsInfo.ofIds(1, 10)), storage.datasetsToArchive(700, 900));
        // stop at 500: 1/10 then 2/20 (t=200)
        assertEquals(List.of(DsInfo.ofIds(1, 10), DsInfo.ofIds(2, 20)), storage.datasetsToArchive(500, 900));
        // stop at 0: everything, still oldest first
        assertEquals(List.of(DsInfo.ofIds(1, 10), DsInfo.ofIds(2, 20), DsInfo.ofIds(1, 11)),
                storage.datasetsToArchive(0, 900));
    }

    @Test
    void datafilesOldestFirstUntilTheStopLevelIsReached() throws Exception {
        assertEquals(List.of(DfInfo.ofLocation("1/10/b"), DfInfo.ofLocation("1/10/a"), DfInfo.ofLocation("2/20/a")),
                storage.datafilesToArchive(300, 900));
    }
}
