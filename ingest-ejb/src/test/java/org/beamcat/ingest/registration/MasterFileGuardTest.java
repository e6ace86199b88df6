package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.beamcat.ingest.nexus.MasterFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterFileGuardTest {

    @TempDir
    Path root;

    private final InMemoryRegistrationCatalogue registry = new InMemoryRegistrationCatalogue();

    private MasterFileGuard guard() {
        return new MasterFileGuard(registry, root);
    }

    @Test
    void aPathRegisteredAsAnotherDatasetsFileIsRefused() throws Exception {
        Path folder = Files.createDirectories(root.resolve("id11/MA-1/a/a_0001/b"));
        Path master = folder.resolve(MasterFile.fileName(folder));
        Files.write(master, new byte[] {1, 2, 3});
        registry.datafile(7, "id11/MA-1/a/a_0001/b/b_master.h5");

        for (Optional<Long> dataset : List.of(Optional.<Long>empty(), Optional.of(8L))) {
            RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                    () -> guard().check(master, "id11/MA-1/a/a_0001/b/b_master.h5", dataset, true, Optional::empty));
            assertTrue(refused.getMessage().contains("is a registered datafile of dataset 7"), refused.getMessage());
        }
        RegistrationRejected evenWithoutWriting = assertThrows(RegistrationRejected.class,
                () -> guard().check(master, "id11/MA-1/a/a_0001/b/b_master.h5",
                        Optional.of(8L), false, Optional::empty));
        assertTrue(evenWithoutWriting.getMessage().contains("dataset 7"), "nor is it registered as the folder's own");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(master));
    }

    @Test
    void theDatasetsOwnRegisteredMasterFileMayBeWrittenAgain() throws Exception {
        Path folder = Files.createDirectories(root.resolve("id11/MA-1/s/s_0001"));
        Path master = folder.resolve(MasterFile.fileName(folder));
        Files.write(master, new byte[] {1});
        registry.datafile(8, "id11/MA-1/s/s_0001/s_0001_master.h5");
        assertDoesNotThrow(() -> guard().check(master, "id11/MA-1/s/s_0001/s_0001_master.h5",
                Optional.of(8L), true, Optional::empty));
    }

    @Test
    void aForeignFileAtTheMasterPathIsLeftAlone() throws Exception {
        Path folder = Files.createDirectories(root.resolve("id11/MA-1/s/s_0002"));
        Path master = folder.resolve(MasterFile.fileName(folder));
        Files.write(master, "a detector's own master file".getBytes());
        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> guard().check(master, "id11/MA-1/s/s_0002/s_0002_master.h5",
                        Optional.empty(), true, Optional::empty));
        assertTrue(refused.getMessage().contains("not a master file BeamCat wrote"), refused.getMessage());
        assertDoesNotThrow(() -> guard().check(master, "id11/MA-1/s/s_0002/s_0002_master.h5",
                Optional.of(9L), false, Optional::empty),
                "a registered dataset whose master file is not rewritten: nothing is written over it");
    }

    @Test
    void aSymbolicLinkAtTheMasterPathIsLeftAlone(@TempDir Path elsewhere) throws Exception {
        Path folder = Files.createDirectories(root.resolve("id11/MA-1/s/s_0003"));
        Path master = Files.createSymbolicLink(folder.resolve(MasterFile.fileName(folder)),
                Files.write(elsewhere.resolve("bobs.h5"), new byte[1]));
        assertThrows(RegistrationRejected.class,
                () -> guard().check(master, "id11/MA-1/s/s_0003/s_0003_master.h5",
                        Optional.empty(), true, Optional::empty));
    }

    @Test
    void aMasterFileIngestionWroteForThisFolderMayBeReplaced() throws Exception {
        Path folder = Files.createDirectories(root.resolve("id11/MA-1/s/s_0004"));
        Path master = folder.resolve(MasterFile.fileName(folder));
        MasterFile.write(master, new MasterFile.Content("s_0004", "MA-1", "ID11", "s", folder.toString(),
                OffsetDateTime.parse("2026-03-13T10:00:00Z"), OffsetDateTime.parse("2026-03-13T10:05:00Z"), List.of(),
                List.of()));
        assertDoesNotThrow(() -> guard().check(master, "id11/MA-1/s/s_0004/s_0004_master.h5",
                Optional.empty(), true, Optional::empty));
        assertDoesNotThrow(() -> guard().check(folder.resolve("none.h5"), "id11/MA-1/s/s_0004/none.h5",
                Optional.empty(), true, Optional::empty), "nothing there yet");
    }

    /** A duplicate message registered the folder's dataset and its master file since the dataset was looked up. */
    @Test
    void aMasterFileADuplicateRegisteredMeanwhileIsTheFoldersOwn() throws Exception {
        Path folder = Files.createDirectories(root.resolve("id11/MA-1/s/s_0005"));
        Path master = folder.resolve(MasterFile.fileName(folder));
        registry.datafile(11, "id11/MA-1/s/s_0005/s_0005_master.h5");
        assertDoesNotThrow(() -> guard().check(master, "id11/MA-1/s/s_0005/s_0005_master.h5", Optional.empty(), true,
                () -> Optional.of(11L)));
    }
}
