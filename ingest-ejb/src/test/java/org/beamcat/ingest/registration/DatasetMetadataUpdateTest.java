package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.beamcat.ingest.convert.H5Dump;
import org.beamcat.ingest.nexus.MasterFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pieces of {@code icatUpdateDatasetMetadata} that decide without the catalogue: the beamline check and
 * the master file written again (or not, and why) after the catalogue change.
 */
class DatasetMetadataUpdateTest {

    @Test
    void theMessagesBeamlineMustBeOneOfTheInvestigations() {
        assertTrue(DatasetMetadataUpdate.onBeamline(List.of("ID11"), "id11"), "names ignore case");
        assertTrue(DatasetMetadataUpdate.onBeamline(List.of("ID15", "ID11"), "ID11"));
        assertFalse(DatasetMetadataUpdate.onBeamline(List.of("ID15"), "ID11"));
        assertFalse(DatasetMetadataUpdate.onBeamline(List.of(), "ID11"), "an investigation without beamline");
        assertEquals("the dataset of proposal MA-4321 at /data/id11/MA-4321/s/s_0001 is not on beamline ID15 "
                + "(its investigation is on ID11)", DatasetMetadataUpdate.otherBeamline("/data/id11/MA-4321/s/s_0001",
                        "MA-4321", "ID15", List.of("ID11", "ID11")));
    }

    @Test
    void masterFileIsWrittenAgainWithTheNewValue(@TempDir Path folder) throws Exception {
        Path master = folder.resolve(MasterFile.fileName(folder));
        Files.write(folder.resolve("a.dat"), new byte[3]);
        assertEquals(MasterFileRefresh.Outcome.WRITTEN,
                MasterFileRefresh.write(7, folder, master, () -> content(folder, 43.35)).outcome());
        MasterFileRefresh.Refreshed again = MasterFileRefresh.write(7, folder, master, () -> content(folder, 50.5));

        assertEquals(MasterFileRefresh.Outcome.WRITTEN, again.outcome());
        try (HdfFile file = new HdfFile(master)) {
            assertEquals(50.5, file.getDatasetByPath("/entry/instrument/monochromator/energy").getData());
            assertEquals("annealed", file.getDatasetByPath("/entry/sample/description").getData());
        }
        assertTrue(H5Dump.run(master, "-d", "/entry/instrument/monochromator/energy").contains("50.5"),
                "the HDF5 library reads the new value");
        try (var listing = Files.list(folder)) {
            assertEquals(2, listing.count(), "a.dat and the master file, no temporary file left");
        }
    }

    @Test
    void aFolderThatIsGoneIsReportedAndNothingIsCreated(@TempDir Path root) throws Exception {
        Path folder = root.resolve("gone_0001");
        MasterFileRefresh.Refreshed refreshed = MasterFileRefresh.write(8, folder, folder.resolve("m.h5"), () -> {
            throw new AssertionError("the catalogue is not read for a folder that is gone");
        });
        assertEquals(MasterFileRefresh.Outcome.FOLDER_GONE, refreshed.outcome());
        assertTrue(refreshed.detail().contains("gone_0001"), refreshed.detail());
        assertFalse(Files.exists(folder));
    }

    @Test
    void aWriteThatFailsIsReportedAndLeavesWhatWasThere(@TempDir Path folder) throws Exception {
        // the master file's name is taken by a folder with content: the atomic rename onto it fails
        Path master = Files.createDirectories(folder.resolve(MasterFile.fileName(folder)));
        Files.write(master.resolve("keep.txt"), new byte[1]);
        MasterFileRefresh.Refreshed refreshed = MasterFileRefresh.write(9, folder, master, () -> content(folder, 1.0));
        assertEquals(MasterFileRefresh.Outcome.WRITE_FAILED, refreshed.outcome());
        assertTrue(refreshed.detail().contains("not written"), refreshed.detail());
        assertTrue(Files.isRegularFile(master.resolve("keep.txt")));
        try (var listing = Files.list(folder)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }

    private static MasterFile.Content content(Path folder, double energy) {
        return new MasterFile.Content("s_0001", "MA-4321", "ID11", "s", folder.toString(),
                OffsetDateTime.parse("2026-03-13T10:00:00+01:00"), OffsetDateTime.parse("2026-03-13T10:05:00+01:00"),
                List.of(new MasterFile.Value("InstrumentMonochromator_energy", energy, "keV",
                        "instrument/monochromator/energy"),
                        new MasterFile.Value("Sample_description", "annealed", "NA", "sample/description")),
                List.of("a.dat"));
    }
}
