package org.beamcat.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFilesTest {

    @TempDir
    Path root;

    @Test
    void filesAreDeterministicSoReloadsChangeNothing() throws IOException {
        DemoFiles files = new DemoFiles(root);
        long size = files.writeFrame("id11/MA-4321/s/d/frames/frame_0000.raw", 4096);
        byte[] first = Files.readAllBytes(root.resolve("id11/MA-4321/s/d/frames/frame_0000.raw"));
        files.writeFrame("id11/MA-4321/s/d/frames/frame_0000.raw", 4096);
        assertEquals(4096, size);
        assertArrayEquals(first, Files.readAllBytes(root.resolve("id11/MA-4321/s/d/frames/frame_0000.raw")));
    }

    @Test
    void scanFilesLookLikeSpec() throws IOException {
        long size = new DemoFiles(root).writeScan("a/b.dat", 10);
        String text = Files.readString(root.resolve("a/b.dat"));
        assertEquals(Files.size(root.resolve("a/b.dat")), size);
        assertTrue(text.startsWith("#F a/b.dat\n#S 1 ascan"), text);
        assertEquals(10 + 4, text.lines().count());
    }

    @Test
    void locationsCannotEscapeTheDataRoot() {
        assertThrows(IOException.class, () -> new DemoFiles(root).writeFrame("../outside.raw", 1));
    }

    @Test
    void everyDemoParameterHasAType() {
        DemoBeamlines beamlines = DemoBeamlines.load();
        for (DemoInvestigations.Investigation investigation : DemoInvestigations.ALL) {
            for (DemoInvestigations.Dataset dataset : investigation.datasets()) {
                for (String name : dataset.parameters().keySet()) {
                    assertEquals(name, beamlines.parameter(name).name());
                }
                assertTrue(investigation.samples().contains(dataset.sample()), dataset.name());
            }
        }
    }
}
