package org.beamcat.ingest.nexus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jhdf.HdfFile;
import org.beamcat.ingest.convert.H5Dump;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterFileTest {

    @Test
    void writesEntrySampleInstrumentParametersAndFileList(@TempDir Path folder) throws Exception {
        Path target = folder.resolve(MasterFile.fileName(folder));
        MasterFile.write(target, new MasterFile.Content("Ti_0001", "MA-4321", "id11", "Ti", "/data/x/Ti_0001",
                OffsetDateTime.parse("2026-03-13T10:00:00+01:00"), OffsetDateTime.parse("2026-03-13T10:05:00+01:00"),
                List.of(new MasterFile.Value("Sample_name", "Ti", "NA", "sample/name"),
                        new MasterFile.Value("InstrumentMonochromator_energy", 43.35, "keV",
                                "instrument/monochromator/energy"),
                        new MasterFile.Value("scanType", "step", "NA", null),
                        new MasterFile.Value("clash", "x", "NA", "title/x")),
                List.of("a.dat", "frames/f0.raw")));
        try (HdfFile file = new HdfFile(target)) {
            assertEquals("entry", file.getAttribute("default").getData());
            assertEquals("NXentry", file.getByPath("/entry").getAttribute("NX_class").getData());
            assertEquals("MA-4321", file.getDatasetByPath("/entry/experiment_identifier").getData());
            assertEquals("Ti", file.getDatasetByPath("/entry/sample/name").getData());
            assertEquals("NXmonochromator", file.getByPath("/entry/instrument/monochromator").getAttribute("NX_class")
                    .getData());
            assertEquals(43.35, file.getDatasetByPath("/entry/instrument/monochromator/energy").getData());
            assertEquals("keV", file.getDatasetByPath("/entry/instrument/monochromator/energy").getAttribute("units")
                    .getData());
            assertEquals("step", file.getDatasetByPath("/entry/parameters/scanType").getData());
            assertEquals("x", file.getDatasetByPath("/entry/parameters/clash").getData());
            assertArrayEquals(new String[] {"a.dat", "frames/f0.raw"},
                    (String[]) file.getDatasetByPath("/entry/data_files/file_names").getData());
        }
        try (var listing = Files.list(folder)) {
            assertEquals(1, listing.count(), "no temporary file left");
        }
    }

    @Test
    void linksEveryHdf5FileOfTheFolderWithAnExternalLink(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("scan0001"));
        AtomicHdfFile.<RuntimeException>write(folder.resolve("scan0001/eiger_0000.h5"),
                file -> NexusGroups.group(file, "entry_0000", "NXentry").putDataset("data", new int[] {5, 6, 7}));
        Files.write(folder.resolve("a.dat"), "not hdf5".getBytes());
        Path target = folder.resolve(MasterFile.fileName(folder));
        MasterFile.write(target, new MasterFile.Content("Ti_0001", "MA-4321", "id11", "Ti", folder.toString(),
                OffsetDateTime.parse("2026-03-13T10:00:00+01:00"), OffsetDateTime.parse("2026-03-13T10:05:00+01:00"),
                List.of(), List.of("a.dat", "scan0001/eiger_0000.h5", "gone.h5")));

        assertArrayEquals(new double[] {5, 6, 7},
                H5Dump.numbers(target, "-d", "/entry/data_files/scan0001_eiger_0000_h5/entry_0000/data"));
        assertEquals(List.of("/entry/data_files/scan0001_eiger_0000_h5"), H5Dump.run(target, "-n").lines()
                .filter(line -> line.contains("ext link")).map(line -> line.strip().split("\\s+")[2]).toList());
        assertEquals(3.0, H5Dump.numbers(target, "-d", "/entry/data_files/count")[0], "every file listed by name");
    }
}
