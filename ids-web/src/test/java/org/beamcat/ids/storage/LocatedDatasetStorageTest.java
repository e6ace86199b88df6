package org.beamcat.ids.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.InvalidLocationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A dataset laid out as ingestion registers it: Dataset.location is its folder, files under it. */
class LocatedDatasetStorageTest {

    @TempDir
    Path tmp;

    Path root;
    FileMainStorage storage;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectory(tmp.resolve("data"));
        storage = new FileMainStorage(root, Files.createDirectory(root.resolve(".beamcat-ids")));
    }

    private static DsInfo located(String location) {
        return new DsInfo(42L, "ds1", location, 7L, "MA-4321", "v1", 1L, "ESRF");
    }

    private static DfInfo datafile(long id, String location) {
        return new DfInfo(id, location.substring(location.lastIndexOf('/') + 1), location, null, null, 42L, 1L, null);
    }

    private void file(String location, String text) throws Exception {
        Path path = root.resolve(location);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void presentWhenItsFolderHoldsAFileWhereverTheIdsFolderIs() throws Exception {
        DsInfo ds = located("id11/MA-4321/sample/ds1");
        assertFalse(storage.exists(ds));
        Files.createDirectories(root.resolve("id11/MA-4321/sample/ds1/scan0001"));
        assertFalse(storage.exists(ds), "empty folders are not data");
        file("id11/MA-4321/sample/ds1/scan0001/frame.h5", "x");
        assertTrue(storage.exists(ds));
        assertFalse(Files.exists(root.resolve("7/42")), "the <invId>/<dsId> folder plays no part");
        assertFalse(storage.exists(DsInfo.ofIds(7, 42)));
    }

    @Test
    void withItsDatafilesPresentOnlyWhenEveryOneIs() throws Exception {
        DsInfo ds = located("id11/MA-4321/sample/ds1");
        List<DfInfo> registered = List.of(datafile(1, "id11/MA-4321/sample/ds1/scan0001/frame.h5"),
                datafile(2, "id11/MA-4321/sample/ds1/ds1_master.h5"));
        file("id11/MA-4321/sample/ds1/notes.txt", "written after ingestion, never registered");
        assertTrue(storage.exists(ds), "by its folder alone, the foreign file makes it look present");
        assertFalse(storage.exists(ds, registered), "evicted: none of its datafiles is there");
        file("id11/MA-4321/sample/ds1/scan0001/frame.h5", "x");
        assertFalse(storage.exists(ds, registered), "one of two is not the dataset");
        file("id11/MA-4321/sample/ds1/ds1_master.h5", "m");
        assertTrue(storage.exists(ds, registered));
        assertTrue(storage.exists(ds, List.of()), "without datafiles, the folder decides");
    }

    @Test
    void theIdsOwnFolderIsJudgedByTheFolderWhateverTheDatafiles() throws Exception {
        file("7/42/a", "x");
        assertTrue(storage.exists(DsInfo.ofIds(7, 42), List.of(datafile(3, "7/42/gone"))));
    }

    @Test
    void deleteKeepsFilesItDoesNotOwnAndRemovesEmptyFolders() throws Exception {
        DsInfo ds = located("id11/MA-4321/sample/ds1");
        file("id11/MA-4321/sample/ds1/scan0001/frame.h5", "registered");
        file("id11/MA-4321/sample/ds1/notes.txt", "foreign");
        file("id11/MA-4321/other/keep.h5", "another dataset");
        // the caller deletes the registered files first; the dataset delete only tidies folders
        storage.delete("id11/MA-4321/sample/ds1/scan0001/frame.h5", null, null);
        storage.delete(ds);
        assertFalse(Files.exists(root.resolve("id11/MA-4321/sample/ds1/scan0001")));
        assertEquals("foreign", Files.readString(root.resolve("id11/MA-4321/sample/ds1/notes.txt")));
        assertEquals("another dataset", Files.readString(root.resolve("id11/MA-4321/other/keep.h5")));

        Files.delete(root.resolve("id11/MA-4321/sample/ds1/notes.txt"));
        storage.delete(ds);
        assertFalse(Files.exists(root.resolve("id11/MA-4321/sample")), "empty parents go too");
        assertTrue(Files.exists(root.resolve("id11/MA-4321/other/keep.h5")));
        assertFalse(storage.exists(ds));
        storage.delete(ds); // quiet when absent
    }

    @Test
    void theIdsOwnFolderIsStillDeletedWhole() throws Exception {
        file("7/42/a", "x");
        file("7/42/sub/b", "y");
        storage.delete(DsInfo.ofIds(7, 42));
        assertFalse(Files.exists(root.resolve("7")));
    }

    @Test
    void putGoesIntoTheRegisteredFolder() throws Exception {
        DsInfo ds = located("id11/MA-4321/sample/ds1/");
        String location = storage.put(ds, "x.h5", new ByteArrayInputStream(new byte[] {1}));
        assertTrue(location.startsWith("id11/MA-4321/sample/ds1/"), location);
        assertTrue(storage.exists(ds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/data/id11/ds1", "../outside", "id11/../../outside", ".beamcat-ids", "a\0b"})
    void refusesALocationThatWouldLeaveTheRoot(String location) {
        DsInfo ds = located(location);
        assertThrows(InvalidLocationException.class, () -> storage.exists(ds));
        assertThrows(InvalidLocationException.class, () -> storage.delete(ds));
        assertThrows(InvalidLocationException.class,
                () -> storage.put(ds, "f", new ByteArrayInputStream(new byte[] {1})));
    }

    @Test
    void refusesALocationThatLeavesThroughALink() throws Exception {
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(tmp.resolve("elsewhere/f"), "not ours");
        Files.createSymbolicLink(root.resolve("link"), tmp.resolve("elsewhere"));
        DsInfo ds = located("link");
        assertThrows(InvalidLocationException.class, () -> storage.exists(ds));
        assertThrows(InvalidLocationException.class, () -> storage.delete(ds));
        assertTrue(Files.exists(tmp.resolve("elsewhere/f")));
    }
}
