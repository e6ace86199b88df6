package org.beamcat.ingest.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-checks in a forked JVM with a 128 MiB heap what the README reports: jhdf holds about three times
 * the stack on the heap, so an unlimited conversion of a 64 MiB stack dies of OutOfMemoryError (and
 * still leaves no temporary file), while the configured maximum turns the same stack into a typed
 * refusal and a smaller stack converts.
 */
class MemoryCeilingTest {

    private static final String HEAP = "-Xmx128m";
    private static final int DIM = 1024; // 2 MiB per UnsignedShort image

    @TempDir
    Path tmp;

    private String probe(int images, long maxBytes) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), HEAP, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), EdfMemoryProbe.class.getName(), tmp.toString(),
                String.valueOf(images), String.valueOf(DIM), String.valueOf(maxBytes));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        assertEquals(0, process.exitValue(), output);
        return output.lines().filter(line -> line.startsWith("PROBE ")).findFirst().orElse(output);
    }

    @Test
    void aStackWellUnderAThirdOfTheHeapConverts() throws Exception {
        String result = probe(12, 32L << 20);
        assertTrue(result.contains("outcome=CONVERTED "), result);
    }

    @Test
    void withoutTheLimitAStackOfHalfTheHeapRunsOutOfMemoryAndLeavesNoTemporaryFile() throws Exception {
        String result = probe(32, Long.MAX_VALUE);
        assertTrue(result.contains("outcome=OutOfMemoryError "), result);
        assertTrue(result.contains("tempLeft=false"), result);
    }

    @Test
    void theLimitRefusesTheSameStackWithATypedError() throws Exception {
        String result = probe(32, 32L << 20);
        assertTrue(result.contains("outcome=FAILED ConversionLimitException "), result);
    }
}
