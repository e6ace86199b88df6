package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFolderTest {

    @TempDir
    Path root;

    @Test
    void listsRegularFilesRelativeToFolderAndRoot() throws Exception {
        Path folder = Files.createDirectories(root.resolve("id11/MA-1/s/s_0001"));
        Files.write(folder.resolve("b.dat"), new byte[3]);
        Files.createDirectories(folder.resolve("frames"));
        Files.write(folder.resolve("frames/f0.raw"), new byte[5]);
        Files.write(folder.resolve(".master.h5.1234.tmp"), new byte[1]);
        Files.createSymbolicLink(folder.resolve("link"), root);

        DatasetFolder dataset = DatasetFolder.resolve(root, folder.toString());
        assertEquals("id11/MA-1/s/s_0001", dataset.relativeLocation());
        List<ScannedFile> files = dataset.scan(f -> f.getFileName().toString().endsWith(".tmp"));
        assertEquals(List.of("b.dat", "frames/f0.raw"), files.stream().map(ScannedFile::name).toList());
        assertEquals("id11/MA-1/s/s_0001/frames/f0.raw", files.get(1).location());
        assertEquals(5, files.get(1).size());
    }

    /** A file listed by the scan but gone when it is looked at fails the scan (retried), never registers it. */
    @Test
    void fileVanishingDuringTheScanFailsTheScan() throws Exception {
        Path folder = Files.createDirectories(root.resolve("id11/MA-1/s/s_0002"));
        Files.write(folder.resolve("a.dat"), new byte[1]);
        Path doomed = Files.write(folder.resolve("b.dat"), new byte[1]);
        DatasetFolder dataset = DatasetFolder.resolve(root, folder.toString());

        // the skip check of a.dat runs after the listing and before b.dat is looked at: delete b.dat then
        IOException failure = assertThrows(IOException.class, () -> dataset.scan(file -> {
            if (file.endsWith("a.dat")) {
                try {
                    Files.delete(doomed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }));
        assertTrue(failure.getMessage().contains("b.dat vanished during the scan"), failure.getMessage());
    }

    @Test
    void refusesFoldersOutsideTheRootOrMissing() throws Exception {
        assertTrue(assertThrows(RegistrationRejected.class, () -> DatasetFolder.resolve(root, "/etc"))
                .getMessage().contains("not a folder inside the data root"));
        assertThrows(RegistrationRejected.class, () -> DatasetFolder.resolve(root, root.toString()));
        assertThrows(RegistrationRejected.class, () -> DatasetFolder.resolve(root, root + "/a/../../x"));
        assertTrue(assertThrows(RegistrationRejected.class, () -> DatasetFolder.resolve(root, root + "/missing"))
                .getMessage().contains("not an existing folder"));
    }

    @Test
    void refusesSymbolicLinksLeadingOutside(@TempDir Path elsewhere) throws Exception {
        Path inside = Files.createDirectories(root.resolve("id11"));
        Files.createSymbolicLink(inside.resolve("escape"), elsewhere);
        assertThrows(RegistrationRejected.class, () -> DatasetFolder.resolve(root, inside + "/escape"));
    }

    /** A link inside the data root from one proposal's area to another's: the real folder is the other's. */
    @Test
    void refusesFoldersReachedThroughALinkInsideTheRoot() throws Exception {
        Path bobs = Files.createDirectories(root.resolve("id16a/ES-1234/cement/cement_0001"));
        Path alices = Files.createDirectories(root.resolve("id11/MA-4321"));
        Files.createSymbolicLink(alices.resolve("link"), bobs.getParent());
        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> DatasetFolder.resolve(root, alices + "/link/cement_0001"));
        assertTrue(refused.getMessage().contains("goes through a symbolic link"), refused.getMessage());
    }

    /** The data root itself may be a link (a mount point moved elsewhere, say). */
    @Test
    void acceptsADataRootThatIsALink(@TempDir Path elsewhere) throws Exception {
        Path linkedRoot = Files.createSymbolicLink(elsewhere.resolve("data"), root);
        Files.createDirectories(root.resolve("id11/MA-1/s/s_0001"));
        assertEquals("id11/MA-1/s/s_0001",
                DatasetFolder.resolve(linkedRoot, linkedRoot + "/id11/MA-1/s/s_0001").relativeLocation());
    }
}
