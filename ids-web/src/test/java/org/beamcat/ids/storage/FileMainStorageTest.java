package org.beamcat.ids.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.InvalidLocationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileMainStorageTest {

    @TempDir
    Path tmp;

    Path root;
    Path cache;
    FileMainStorage storage;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectory(tmp.resolve("data"));
        cache = Files.createDirectory(root.resolve(".beamcat-ids"));
        Files.writeString(tmp.resolve("secret"), "outside");
        storage = new FileMainStorage(root, cache);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../secret", "a/../../secret", "a/b/..", "..", "", " ", "\\x",
        ".beamcat-ids/queue.json", "a\0b"})
    void refusesLocationsThatCouldLeaveTheRoot(String location) {
        assertThrows(InvalidLocationException.class, () -> storage.get(location, null, null));
        assertThrows(InvalidLocationException.class, () -> storage.put(new ByteArrayInputStream(new byte[0]), location));
    }

    @Test
    void refusesSymbolicLinksOutOfTheRoot() throws Exception {
        Files.createSymbolicLink(root.resolve("escape"), tmp);
        Files.createSymbolicLink(root.resolve("file-link"), tmp.resolve("secret"));
        assertThrows(InvalidLocationException.class, () -> storage.get("escape/secret", null, null));
        assertThrows(InvalidLocationException.class, () -> storage.get("file-link", null, null));
        assertThrows(InvalidLocationException.class,
                () -> storage.put(new ByteArrayInputStream(new byte[] {1}), "escape/new-file"));
        assertFalse(Files.exists(tmp.resolve("new-file")));
    }

    @Test
    void followsSymbolicLinksThatStayInside() throws Exception {
        Files.createDirectories(root.resolve("real"));
        Files.writeString(root.resolve("real/f"), "inside");
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
        try (InputStream in = storage.get("alias/f", null, null)) {
            assertEquals("inside", new String(in.readAllBytes()));
        }
    }

    @Test
    void putChoosesALocationUnderTheDatasetAndNeverUsesTheName() throws Exception {
        DsInfo ds = DsInfo.ofIds(7, 42);
        String location = storage.put(ds, "../../evil name", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertTrue(location.startsWith("7/42/"), location);
        assertTrue(storage.exists(ds));
        assertEquals(3, storage.size(location));
        try (InputStream in = storage.get(location, null, null)) {
            assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
        }
    }

    @Test
    void putAtALocationNeverOverwrites() throws Exception {
        storage.put(new ByteArrayInputStream(new byte[] {1}), "a/b/c");
        assertThrows(FileAlreadyExistsException.class, () -> storage.put(new ByteArrayInputStream(new byte[] {2}), "a/b/c"));
        try (var files = Files.list(root.resolve("a/b"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void deletesQuietlyAndRemovesEmptyFolders() throws Exception {
        DsInfo ds = DsInfo.ofIds(1, 2);
        String location = storage.put(ds, "x", new ByteArrayInputStream(new byte[] {1}));
        storage.delete(location, null, null);
        storage.delete(location, null, null);
        assertFalse(Files.exists(root.resolve("1")));
        storage.put(ds, "y", new ByteArrayInputStream(new byte[] {1}));
        storage.delete(ds);
        storage.delete(ds);
        assertFalse(storage.exists(ds));
        assertTrue(Files.isDirectory(root), "the root itself stays");
    }
}
