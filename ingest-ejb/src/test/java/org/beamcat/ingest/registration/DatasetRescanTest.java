package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beamcat.ingest.config.ChecksumKind;
import org.beamcat.ingest.nexus.MasterFile;
import org.beamcat.messages.DataFilesMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icatDataFiles} against the in-memory catalogue and a real data root. */
class DatasetRescanTest {

    private static final String FOLDER = "id11/MA-4321/s/s_0001";

    @TempDir
    Path root;

    private final InMemoryRegistrationCatalogue rows = new InMemoryRegistrationCatalogue()
            .investigation(5, "MA-4321", null, null, 1, "ID11")
            .dataset(10, "s_0001", FOLDER, 5, "MA-4321")
            .datafile(10, FOLDER + "/a.dat");
    private final InMemoryRegisteredDatasets datasets = new InMemoryRegisteredDatasets(rows);
    private DatasetRescan rescan;
    private Path folder;
    private Path master;

    @BeforeEach
    void folder() throws Exception {
        folder = Files.createDirectories(root.resolve(FOLDER));
        master = folder.resolve(MasterFile.fileName(folder));
        Files.write(folder.resolve("a.dat"), new byte[3]);
        rescan = new DatasetRescan(datasets.ports(), root, 2, ChecksumKind.NONE);
    }

    private List<String> registered() {
        return rows.datafilesOf(10).stream().map(InMemoryRegistrationCatalogue.Datafile::location).sorted().toList();
    }

    @Test
    void registersTheNewFilesAndWritesAndRegistersTheMasterFileListingThem() throws Exception {
        Files.write(folder.resolve("b.h5"), new byte[5]);
        Files.write(Files.createDirectories(folder.resolve("frames")).resolve("f_0001.raw"), new byte[7]);

        DatasetRescan.Rescanned done = rescan.rescan(new DataFilesMessage(10));

        assertEquals(3, done.filesAdded(), "b.h5, frames/f_0001.raw and the master file");
        assertTrue(done.masterWritten());
        assertEquals(List.of(FOLDER + "/a.dat", FOLDER + "/b.h5", FOLDER + "/frames/f_0001.raw",
                FOLDER + "/" + master.getFileName()), registered());
        try (HdfFile file = new HdfFile(master)) {
            assertEquals("s_0001", file.getDatasetByPath("/entry/title").getData());
        }
    }

    @Test
    void aSecondRescanAddsNothingAndLeavesTheMasterFile() throws Exception {
        Files.write(folder.resolve("b.h5"), new byte[5]);
        rescan.rescan(new DataFilesMessage(10));
        byte[] written = Files.readAllBytes(master);

        DatasetRescan.Rescanned again = rescan.rescan(new DataFilesMessage(10));

        assertEquals(0, again.filesAdded());
        assertFalse(again.masterWritten());
        assertArrayEquals(written, Files.readAllBytes(master));
    }

    @Test
    void aNewHdf5FileRewritesTheMasterFileAndItsRowFollows() throws Exception {
        rescan.rescan(new DataFilesMessage(10));
        long masterRow = datasets.datafileAt(10, FOLDER + "/" + master.getFileName()).orElseThrow();
        Files.write(folder.resolve("c.nxs"), new byte[9]);

        DatasetRescan.Rescanned done = rescan.rescan(new DataFilesMessage(10));

        assertEquals(1, done.filesAdded());
        assertTrue(done.masterWritten());
        assertEquals(Files.size(master), datasets.datafileStates.get(masterRow).size(),
                "the master file's row has the rewritten file's size");
    }

    @Test
    void aFileAtTheMasterPathThatIsNotOursIsLeftAloneAndTheOtherFilesAreRegistered() throws Exception {
        Files.write(master, new byte[] {1, 2, 3});
        Files.write(folder.resolve("b.h5"), new byte[5]);

        DatasetRescan.Rescanned done = rescan.rescan(new DataFilesMessage(10));

        assertFalse(done.masterWritten());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(master));
        assertEquals(List.of(FOLDER + "/a.dat", FOLDER + "/b.h5"), registered());
    }

    @Test
    void anUnknownDatasetIsRefusedAndNothingIsWritten() {
        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> rescan.rescan(new DataFilesMessage(99)));
        assertEquals("no dataset 99 is registered", refused.getMessage());
        assertEquals(List.of(), rows.writes);
    }

    @Test
    void aDatasetWhoseFolderIsGoneIsRefused() throws Exception {
        Files.delete(folder.resolve("a.dat"));
        Files.delete(folder);
        assertThrows(RegistrationRejected.class, () -> rescan.rescan(new DataFilesMessage(10)));
        assertEquals(List.of(), rows.writes);
    }
}
