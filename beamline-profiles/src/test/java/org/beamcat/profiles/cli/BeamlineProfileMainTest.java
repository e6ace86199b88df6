package org.beamcat.profiles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.beamcat.profiles.profile.ShippedProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline part of the program: exit codes of validate, and usage errors. */
class BeamlineProfileMainTest {

    @TempDir
    Path folder;

    @Test
    void validateAnswersZeroForAValidProfileAndOneForAnInvalidOne() throws Exception {
        Path good = Files.writeString(folder.resolve("bm29.yaml"), ShippedProfiles.text("BM29"));
        Path bad = Files.writeString(folder.resolve("bad.yaml"), ShippedProfiles.text("BM29").replace("NUMERIC", "FLOAT"));
        assertEquals(0, BeamlineProfileMain.run("validate", good.toString()));
        assertEquals(0, BeamlineProfileMain.run("validate", "--shipped", "ID30A-3"));
        assertEquals(BeamlineProfileMain.INVALID, BeamlineProfileMain.run("validate", bad.toString()));
        assertEquals(BeamlineProfileMain.INVALID, BeamlineProfileMain.run("validate", "--shipped", "ID99"));
        assertEquals(BeamlineProfileMain.INVALID, BeamlineProfileMain.run("validate", folder.resolve("none.yaml").toString()));
    }

    @Test
    void aMissingProfileOrPasswordIsAUsageError() {
        assertEquals(2, BeamlineProfileMain.run("validate"));
        assertEquals(2, BeamlineProfileMain.run("plan", "--shipped", "BM29", "--icat-url", "http://localhost:9"));
    }
}
