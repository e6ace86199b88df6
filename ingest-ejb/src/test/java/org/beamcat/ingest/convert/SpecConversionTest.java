package org.beamcat.ingest.convert;

import static org.beamcat.ingest.convert.H5Dump.attribute;
import static org.beamcat.ingest.convert.H5Dump.stringDataset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC files converted through the {@link Converter} and read back with h5dump, value by value. */
class SpecConversionTest {

    static final ConverterOptions OPTIONS = new ConverterOptions(64L << 20, ZoneId.of("Europe/Paris"));

    @TempDir
    Path tmp;

    private Path convert(String name, String text) throws Exception {
        Path original = tmp.resolve(name);
        Files.writeString(original, text, StandardCharsets.ISO_8859_1);
        ConversionResult result = new Converter(OPTIONS).convert(original);
        assertTrue(result.isConverted(), result::reason);
        assertEquals(tmp.resolve(name + ".h5"), result.output().orElseThrow());
        return result.output().get();
    }

    @Test
    void everyScanBecomesAnEntryWithItsColumnsMotorsAndPlotAttributes() throws Exception {
        Path h5 = convert("sample.spec", SpecTestFiles.fileHeader() + SpecTestFiles.ascan(1, 4)
                + SpecTestFiles.ascan(2, 7));

        assertEquals(List.of("NXroot"), attribute(h5, "/NX_class"));
        assertEquals(List.of("1.1"), attribute(h5, "/default"));
        assertEquals(List.of("sample.spec.h5"), attribute(h5, "/file_name"));
        assertEquals(List.of("sample.spec"), attribute(h5, "/converted_from"));
        assertEquals(List.of(Converter.CREATOR), attribute(h5, "/creator"));

        for (int scan = 1; scan <= 2; scan++) {
            int points = scan == 1 ? 4 : 7;
            int n = scan;
            String entry = "/" + scan + ".1";
            assertEquals(List.of("NXentry"), attribute(h5, entry + "/NX_class"));
            assertEquals(List.of("data"), attribute(h5, entry + "/default"));
            assertEquals("ascan  th 0 1 " + (points - 1) + " 0.1", stringDataset(h5, entry + "/title"));
            assertEquals("2024-01-04T12:0" + scan + ":05+01:00", stringDataset(h5, entry + "/start_time"));

            String data = entry + "/data";
            assertEquals(List.of("NXdata"), attribute(h5, data + "/NX_class"));
            assertEquals(List.of("det_counts"), attribute(h5, data + "/signal"));
            assertEquals(List.of("th"), attribute(h5, data + "/axes"));
            assertArrayEquals(new double[] {0}, H5Dump.numbers(h5, "-a", data + "/th_indices"));
            assertEquals(List.of("Epoch", "I0_mon"), attribute(h5, data + "/auxiliary_signals"));
            assertEquals(List.of("I0/mon"), attribute(h5, data + "/I0_mon/long_name"));
            assertArrayEquals(IntStream.range(0, points).mapToDouble(SpecTestFiles::th).toArray(),
                    H5Dump.doubles(h5, data + "/th", tmp));
            assertArrayEquals(IntStream.range(0, points).mapToDouble(SpecTestFiles::epoch).toArray(),
                    H5Dump.doubles(h5, data + "/Epoch", tmp));
            assertArrayEquals(IntStream.range(0, points).mapToDouble(i -> SpecTestFiles.i0(n, i)).toArray(),
                    H5Dump.doubles(h5, data + "/I0_mon", tmp));
            assertArrayEquals(IntStream.range(0, points).mapToDouble(i -> SpecTestFiles.det(n, i)).toArray(),
                    H5Dump.doubles(h5, data + "/det_counts", tmp));

            String instrument = entry + "/instrument";
            assertEquals(List.of("NXinstrument"), attribute(h5, instrument + "/NX_class"));
            assertEquals(List.of("NXpositioner"), attribute(h5, instrument + "/Two_Theta/NX_class"));
            assertEquals("Two Theta", stringDataset(h5, instrument + "/Two_Theta/name"));
            assertArrayEquals(new double[] {12.5}, H5Dump.numbers(h5, "-d", instrument + "/Two_Theta/value"));
            assertArrayEquals(new double[] {-3}, H5Dump.numbers(h5, "-d", instrument + "/chi/value"));
            assertArrayEquals(new double[] {1e-3}, H5Dump.numbers(h5, "-d", instrument + "/phi/value"));
            assertArrayEquals(new double[] {42}, H5Dump.numbers(h5, "-d", instrument + "/samz/value"));

            assertEquals(List.of("NXcollection"), attribute(h5, entry + "/spec/NX_class"));
            assertEquals(List.of("a comment before the data"), H5Dump.strings(h5, "-d", entry + "/spec/comments"));
            assertEquals("1704366000", stringDataset(h5, entry + "/spec/epoch"));
        }
    }

    @Test
    void repeatedScanNumbersAndAbortedScansGetTheirOwnEntries() throws Exception {
        String text = "#F f\n#E 1\n#O0 Two Theta  th  chi\n#O1 phi  samz\n\n#S 1 timescan\n#D Thu Jan  4 12:00:00 2024\n\n"
                + SpecTestFiles.ascan(1, 2) + "#S 5 ct 1\n#N 1\n#L Seconds\n1\n";
        Path h5 = convert("restarted.dat", text);

        List<String> contents = H5Dump.contents(h5);
        assertTrue(contents.containsAll(List.of("/1.1", "/1.2", "/5.1", "/5.1/data/Seconds")), contents.toString());
        assertFalse(contents.contains("/1.1/data"), "an aborted scan has no data group: " + contents);
        assertEquals(List.of("1.2"), attribute(h5, "/default"), "the first entry with data is the default");
        assertEquals("timescan", stringDataset(h5, "/1.1/title"));
        assertEquals(List.of("Seconds"), attribute(h5, "/5.1/data/signal"));
        assertEquals(List.of("."), attribute(h5, "/5.1/data/axes"));
    }

    @Test
    void committedSampleConverts() throws Exception {
        Path original = tmp.resolve("id99_sample.spec");
        Files.copy(Path.of("src/test/resources/legacy/id99_sample.spec"), original);
        ConversionResult result = new Converter(OPTIONS).convert(original);
        assertTrue(result.isConverted(), result::reason);
        Path h5 = result.output().orElseThrow();
        assertEquals("dscan  samy -0.5 0.5 4 0.2", stringDataset(h5, "/12.1/title"));
        assertArrayEquals(new double[] {-0.5, -0.25, 0, 0.25, 0.5}, H5Dump.doubles(h5, "/12.1/data/samy", tmp));
        assertArrayEquals(new double[] {12, 18, 150, 20, 11}, H5Dump.doubles(h5, "/12.1/data/pico1", tmp));
        assertEquals(List.of("pico1"), attribute(h5, "/12.1/data/signal"));
        assertEquals(List.of("samy"), attribute(h5, "/12.1/data/axes"));
    }
}
