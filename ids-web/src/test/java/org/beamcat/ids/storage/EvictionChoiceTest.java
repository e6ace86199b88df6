package org.beamcat.ids.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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

    @Test
    void datasetsAtRegisteredLocationsAreFoundBesideTheIdsLayout() throws Exception {
        // ingestion layout: one dataset with a sub-folder, newest file at t=10; a foreign folder with no dataset
        file("id11/MA-1/sample/ds1/master.h5", 500, 5);
        file("id11/MA-1/sample/ds1/scan0001/f.h5", 500, 10);
        file("id11/MA-1/unregistered/x", 5000, 1);
        List<Collection<String>> asked = new ArrayList<>();
        FileMainStorage located = new FileMainStorage(root, root.resolve(".beamcat-ids"), folders -> {
            asked.add(List.copyOf(folders));
            return folders.contains("id11/MA-1/sample/ds1") ? Set.of("id11/MA-1/sample/ds1")
                    : Set.of();
        });
        DsInfo ingested = new DsInfo(null, null, "id11/MA-1/sample/ds1", null, null, null, null, null);
        // 7000 used, stop at 5700: the ingested dataset (1000 bytes, t=10) then 1/10 (t=100)
        assertEquals(List.of(ingested, DsInfo.ofIds(1, 10)), located.datasetsToArchive(5700, 6000));
        assertEquals(1, asked.size(), "one question per scan, about folders");
        assertTrue(asked.get(0).containsAll(List.of("id11", "id11/MA-1", "id11/MA-1/sample/ds1/scan0001", "1/10")));
        // without a catalogue only the IDS layout is known
        assertEquals(List.of(DsInfo.ofIds(1, 10), DsInfo.ofIds(2, 20), DsInfo.ofIds(1, 11)),
                storage.datasetsToArchive(0, 900));
        // nothing to evict: the catalogue is not asked
        located.datasetsToArchive(0, 1_000_000);
        assertEquals(1, asked.size());
    }
}
