package org.beamcat.portal.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.beamcat.ingest.nexus.MasterFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The portal finds the master file by the name ingestion gives it. */
class MasterFileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"id11/MA-4321/Ti64/Ti64_annealed_0001", "id16a/ES-1234/cement/0001", "a/b/sample 1 (x)",
            "x/__weird--name__", "x/ü", "single", "id11/p/ds/"})
    void sameNameAsIngestionWritesIt(String location) {
        String folder = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        assertEquals(MasterFile.fileName(Path.of("/data").resolve(folder)), MasterFileName.of(location));
    }
}
