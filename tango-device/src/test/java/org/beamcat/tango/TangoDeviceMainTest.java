package org.beamcat.tango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TangoDeviceMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TangoDeviceMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void versionComesFromTheBuild() {
        assertEquals(0, run("--version"));
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(printed.matches("beamcat-tango-device \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), printed);
    }

    @Test
    void unknownArgumentsPrintUsageAndFail() {
        assertEquals(TangoDeviceMain.USAGE, run("serve"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }
}
