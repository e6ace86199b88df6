package org.beamcat.ingest.nexus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jhdf.HdfFile;
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
}
