package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.beamcat.ingest.convert.ConversionResult;
import org.beamcat.ingest.config.LegacyConversionSettings;
import org.beamcat.ingest.convert.ConversionResult.Outcome;
import org.beamcat.ingest.convert.EdfTestFiles;
import org.beamcat.ingest.convert.H5Dump;
import org.beamcat.ingest.convert.SpecTestFiles;
import org.beamcat.ingest.convert.edf.EdfByteOrder;
import org.beamcat.ingest.convert.edf.EdfDataType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step with the real converter on real files: what is converted, what is said about each datafile. */
class LegacyConversionStepTest {

    private static final LegacyConversionSettings ID16A = new LegacyConversionSettings(false, Set.of("id16a"),
            64L << 20, ZoneId.of("Europe/Paris"));

    @TempDir
    Path root;

    private DatasetFolder folder;
    private byte[] brokenEdf;
    private byte[] frames;

    @BeforeEach
    void folderWithLegacyFiles() throws Exception {
        Path path = Files.createDirectories(root.resolve("id16a/ES-1234/s/s_0001"));
        Files.writeString(path.resolve("scan.spec"), SpecTestFiles.fileHeader() + SpecTestFiles.ascan(1, 5));
        frames = EdfTestFiles.file(EdfDataType.UNSIGNED_SHORT, EdfByteOrder.LOW_BYTE_FIRST, 4, 3, 2);
        Files.createDirectories(path.resolve("frames"));
        Files.write(path.resolve("frames/img_0000.edf"), frames);
        brokenEdf = Arrays.copyOf(frames, frames.length - 10); // truncated in the second frame
        Files.write(path.resolve("broken.edf"), brokenEdf);
        Files.writeString(path.resolve("notes.txt"), "a plain file");
        folder = DatasetFolder.resolve(root, path.toString());
    }

    @Test
    void convertsEverySpecAndEdfFileAndDescribesOriginalsOutputsAndFailures() throws Exception {
        LegacyConversionStep.Report report = new LegacyConversionStep(ID16A).run("ID16A", folder);

        Path path = folder.path();
        assertTrue(Files.isRegularFile(path.resolve("scan.spec.h5")));
        assertTrue(Files.isRegularFile(path.resolve("frames/img_0000.edf.h5")));
        assertEquals(List.of("broken.edf", "frames/img_0000.edf", "frames/img_0000.edf.h5", "notes.txt", "scan.spec",
                "scan.spec.h5"), folder.scan(file -> false).stream().map(ScannedFile::name).toList(),
                "outputs beside the originals; nothing for the broken file; no temporary file");
        assertArrayEquals(brokenEdf, Files.readAllBytes(path.resolve("broken.edf")), "originals untouched");
        assertArrayEquals(frames, Files.readAllBytes(path.resolve("frames/img_0000.edf")));

        assertEquals(Optional.of("converted to NeXus: scan.spec.h5"), report.description("scan.spec"));
        assertEquals(Optional.of("NeXus conversion of frames/img_0000.edf (BeamCat legacy converter)"),
                report.description("frames/img_0000.edf.h5"));
        String failure = report.description("broken.edf").orElseThrow();
        assertTrue(failure.startsWith("NeXus conversion failed: broken.edf, frame 2"), failure);
        assertTrue(failure.contains("truncated") || failure.contains("ends"), failure);
        assertEquals(Optional.empty(), report.description("notes.txt"), "other files get no description");
        assertEquals(1, report.results().stream().filter(r -> r.outcome() == Outcome.FAILED).count());

        assertArrayEquals(new long[] {2, 3, 4},
                H5Dump.dimensions(path.resolve("frames/img_0000.edf.h5"), "/entry/instrument/detector/data"));
    }

    @Test
    void aRepeatedRunReusesTheOutputsInsteadOfWritingThemAgain() throws Exception {
        LegacyConversionStep step = new LegacyConversionStep(ID16A);
        step.run("id16a", folder);
        Path output = folder.path().resolve("scan.spec.h5");
        FileTime written = FileTime.fromMillis(Files.getLastModifiedTime(output).toMillis() + 60_000);
        Files.setLastModifiedTime(output, written);

        LegacyConversionStep.Report again = step.run("id16a", folder);

        assertEquals(written, Files.getLastModifiedTime(output), "not written twice");
        assertEquals(Optional.of("converted to NeXus: scan.spec.h5"), again.description("scan.spec"));
        assertEquals(6, folder.scan(file -> false).size(), "no second output, no new file");
    }

    @Test
    void otherBeamlinesAndTheDefaultConvertNothing() throws Exception {
        assertEquals(LegacyConversionStep.Report.NOTHING, new LegacyConversionStep(ID16A).run("ID11", folder));
        assertEquals(LegacyConversionStep.Report.NOTHING,
                new LegacyConversionStep(LegacyConversionSettings.off()).run("ID16A", folder));
        assertEquals(4, folder.scan(file -> false).size());
    }

    @Test
    void descriptionsFitTheCatalogueColumn() throws Exception {
        Path deep = Files.createDirectories(folder.path().resolve("x".repeat(120)).resolve("y".repeat(120)));
        Files.write(deep.resolve("z".repeat(40) + ".edf"), brokenEdf);
        LegacyConversionStep.Report report = new LegacyConversionStep(ID16A).run("id16a", folder);
        String name = folder.path().relativize(deep).toString() + "/" + "z".repeat(40) + ".edf";
        String description = report.description(name).orElseThrow();
        assertEquals(LegacyConversionStep.DESCRIPTION_LENGTH, description.length());
        assertTrue(description.endsWith("…"), description);
    }

    @Test
    void conversionsOfParallelMessagesRunOneAtATime() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch secondEntered = new CountDownLatch(1);
        LegacyConversionStep step = new LegacyConversionStep(ID16A, original -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            if (running.get() > 1) {
                secondEntered.countDown();
            }
            try {
                // long enough for the other thread to come in if nothing stopped it
                secondEntered.await(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return ConversionResult.skipped(original, "not a SPEC or EDF file");
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<LegacyConversionStep.Report>> runs = pool.invokeAll(List.of(
                    () -> step.run("id16a", folder), () -> step.run("id16a", folder)));
            for (Future<LegacyConversionStep.Report> run : runs) {
                assertEquals(4, run.get().results().size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, mostAtOnce.get());
    }
}
