package org.beamcat.portal.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locations resolve under the data root by the IDS's rules, and nothing leads out of it. */
class DataRootTest {

    @TempDir
    Path temp;
    private Path root;
    private DataRoot dataRoot;

    @BeforeEach
    void root() throws Exception {
        root = Files.createDirectories(temp.resolve("data")).toRealPath();
        Files.createDirectories(root.resolve("id11/p/ds"));
        dataRoot = new DataRoot(root);
    }

    @Test
    void aRelativeLocationIsItsPathUnderTheRootExistingOrNot() {
        assertEquals(Optional.of(root.resolve("id11/p/ds/ds_master.h5")), dataRoot.resolve("id11/p/ds/ds_master.h5"));
        assertEquals(Optional.of(root.resolve("id11/p/ds")), dataRoot.resolve("id11/p/./ds/"));
    }

    @Test
    void hostileLocationsHaveNoPath() {
        for (String location : new String[] {null, "", "  ", "/etc/passwd", root.toString() + "/id11", "..",
                "id11/../../x", "id11/p/../../..", "id11/p\0/ds", "\\server\\share", ".", "id11/.."}) {
            assertEquals(Optional.empty(), dataRoot.resolve(location), String.valueOf(location));
        }
    }

    @Test
    void aSymbolicLinkOutOfTheRootIsNotFollowedOneInsideIs() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.write(outside.resolve("f.h5"), new byte[] {1});
        Files.createSymbolicLink(root.resolve("id11/out"), outside);
        Files.createSymbolicLink(root.resolve("id11/in"), root.resolve("id11/p"));
        Files.createSymbolicLink(root.resolve("id11/dangling"), temp.resolve("nothing"));
        assertEquals(Optional.empty(), dataRoot.resolve("id11/out/f.h5"));
        assertEquals(Optional.empty(), dataRoot.resolve("id11/dangling/f.h5"));
        assertEquals(Optional.of(root.resolve("id11/p/ds")), dataRoot.resolve("id11/in/ds"));
    }

    @Test
    void anExistingFileMustStillBeARegularFileInsideTheRoot() throws Exception {
        Path file = Files.write(root.resolve("id11/p/ds/ds_master.h5"), new byte[] {1});
        assertEquals(Optional.of(file), dataRoot.existingFile(file));
        assertEquals(Optional.empty(), dataRoot.existingFile(root.resolve("id11/p/ds")), "a folder");
        assertEquals(Optional.empty(), dataRoot.existingFile(root.resolve("id11/p/ds/none.h5")));
        Path outside = Files.write(temp.resolve("secret.h5"), new byte[] {1});
        Path link = Files.createSymbolicLink(root.resolve("id11/p/ds/link_master.h5"), outside);
        assertEquals(Optional.empty(), dataRoot.existingFile(link));
        assertTrue(dataRoot.path().equals(root));
    }
}
