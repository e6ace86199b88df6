package org.beamcat.ingest.convert.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.ingest.convert.ConversionException;
import org.beamcat.ingest.convert.ConversionLimitException;
import org.beamcat.ingest.convert.LegacyFormatException;
import org.beamcat.ingest.convert.MemoryBudget;
import org.beamcat.ingest.convert.SpecTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecReaderTest {

    @TempDir
    Path tmp;

    private List<SpecScan> readAll(String text) throws IOException, ConversionException {
        return readAll(text, Long.MAX_VALUE);
    }

    private List<SpecScan> readAll(String text, long maxBytes) throws IOException, ConversionException {
        Path file = tmp.resolve("test.spec");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        List<SpecScan> scans = new ArrayList<>();
        try (SpecReader reader = new SpecReader(file, new MemoryBudget(file, maxBytes))) {
            for (Optional<SpecScan> scan = reader.next(); scan.isPresent(); scan = reader.next()) {
                scans.add(scan.get());
            }
        }
        return scans;
    }

    private LegacyFormatException failure(String text) {
        return assertThrows(LegacyFormatException.class, () -> readAll(text));
    }

    @Test
    void readsHeadersLabelsMotorsRowsAndComments() throws Exception {
        List<SpecScan> scans = readAll(SpecTestFiles.fileHeader() + SpecTestFiles.ascan(1, 3) + SpecTestFiles.ascan(2, 5));

        assertEquals(2, scans.size());
        SpecScan scan = scans.get(0);
        assertEquals(1, scan.number());
        assertEquals("ascan  th 0 1 2 0.1", scan.command());
        assertEquals("Thu Jan  4 12:01:05 2024", scan.date());
        assertEquals(List.of("th", "Epoch", "I0/mon", "det counts"), scan.labels());
        assertEquals(List.of(new SpecPositioner("Two Theta", 12.5), new SpecPositioner("th", 0.25),
                new SpecPositioner("chi", -3), new SpecPositioner("phi", 1e-3), new SpecPositioner("samz", 42)),
                scan.positioners());
        assertEquals(List.of("a comment before the data"), scan.comments());
        assertEquals("/data/visitor/ma1234/id99/sample.spec", scan.header().file());
        assertEquals("1704366000", scan.header().epoch());
        assertEquals(List.of("id99  User = opid99"), scan.header().comments());
        assertEquals(3, scan.rowCount());
        assertArrayEquals(new double[] {SpecTestFiles.det(1, 0), SpecTestFiles.det(1, 1), SpecTestFiles.det(1, 2)},
                scan.columns()[3]);
        assertEquals(5, scans.get(1).rowCount());
        assertEquals(8, scans.get(0).line());
    }

    @Test
    void scanWithoutBlankLineBeforeTheNextAndAbortedScansAreRead() throws Exception {
        String text = "#F x\n#S 1 ascan\n#L a  b\n1 2\n#S 2 aborted\n#S 3 ct\n#N 1\n#L sec\n0.5\n";
        List<SpecScan> scans = readAll(text);
        assertEquals(List.of(1, 2, 3), scans.stream().map(SpecScan::number).toList());
        assertEquals(0, scans.get(1).rowCount());
        assertEquals(List.of(), scans.get(1).labels());
        assertArrayEquals(new double[] {0.5}, scans.get(2).columns()[0]);
        assertEquals(6, scans.get(2).line());
    }

    @Test
    void singleSpacedLabelsAreAcceptedWhenTheyMatchN() throws Exception {
        SpecScan scan = readAll("#S 1 ascan\n#N 3\n#L th det mon\n1 2 3\n").get(0);
        assertEquals(List.of("th", "det", "mon"), scan.labels());
    }

    @Test
    void mcaLinesAndUnknownHeaderLinesAreSkipped() throws Exception {
        String text = "#S 1 ascan\n#@MCA 16C\n#@CHANN 4 0 3 1\n#L a  b\n@A 1 2 \\\n 3 4\n1 2\n@A 5 6 7 8\n3 4\n";
        SpecScan scan = readAll(text).get(0);
        assertArrayEquals(new double[] {1, 3}, scan.columns()[0]);
        assertArrayEquals(new double[] {2, 4}, scan.columns()[1]);
    }

    @Test
    void specNumberSpellingsAreAcceptedAndJavaOnesAreNot() throws Exception {
        SpecScan scan = readAll("#S 1 x\n#L a  b  c  d\n1e3 -.5 nan -inf\n").get(0);
        assertEquals(1000, scan.columns()[0][0]);
        assertEquals(-0.5, scan.columns()[1][0]);
        assertTrue(Double.isNaN(scan.columns()[2][0]));
        assertEquals(Double.NEGATIVE_INFINITY, scan.columns()[3][0]);
        assertEquals("'1d' in column 'b' is not a number", failure("#S 1 x\n#L a  b\n1 1d\n").reason());
    }

    @Test
    void rowWithTheWrongNumberOfValuesNamesTheLine() {
        LegacyFormatException e = failure("#F f\n#S 1 ascan\n#L a  b  c\n1 2 3\n4 5\n");
        assertEquals(5, e.line());
        assertEquals("the row has 2 values but #L names 3 columns", e.reason());
        assertTrue(e.getMessage().contains("test.spec, line 5"), e.getMessage());
    }

    @Test
    void nonNumericValueNamesLineAndColumn() {
        LegacyFormatException e = failure("#S 1 ascan\n#L th  det\n1 2\n3 x7\n");
        assertEquals(4, e.line());
        assertEquals("'x7' in column 'det' is not a number", e.reason());
    }

    @Test
    void nDisagreeingWithLIsAnError() {
        LegacyFormatException e = failure("#S 1 ascan\n#N 3\n#L th  det\n1 2\n");
        assertEquals(3, e.line());
        assertEquals("#N says 3 columns but #L names 2: [th, det]", e.reason());
    }

    @Test
    void fileCutInTheMiddleOfARowIsTruncated() {
        LegacyFormatException e = failure("#S 1 ascan\n#L th  det\n1 2\n3 4");
        assertEquals(4, e.line());
        assertTrue(e.reason().contains("truncated"), e.reason());
        LegacyFormatException cutInAHeader = failure("#S 1 ascan\n#L th  de");
        assertEquals(2, cutInAHeader.line());
        assertTrue(cutInAHeader.reason().contains("truncated"), cutInAHeader.reason());
    }

    @Test
    void otherMalformedScansAreErrorsWithLineNumbers() {
        assertEquals(2, failure("#S 1 ascan\n1 2\n").line());
        assertEquals("data row before the #L line naming its columns", failure("#S 1 ascan\n1 2\n").reason());
        assertEquals(1, failure("#S one ascan\n").line());
        assertEquals(2, failure("#F f\n1 2 3\n").line());
        assertEquals("#N must be a number of columns, not 'four'", failure("#S 1 a\n#N four\n").reason());
        assertEquals("a second #L line in the same scan", failure("#S 1 a\n#L x\n1\n#L y\n").reason());
        LegacyFormatException motors = failure("#O0 m1  m2\n\n#S 4 ascan\n#P0 1 2 3\n#L x\n1\n");
        assertEquals(3, motors.line());
        assertEquals("scan 4: #P lines give 3 positions but #O lines name 2 motors", motors.reason());
        assertEquals("motor position 'abc' is not a number", failure("#O0 m1\n#S 1 a\n#P0 abc\n").reason());
    }

    @Test
    void aScanLargerThanTheBudgetIsRefusedWhileReading() {
        StringBuilder text = new StringBuilder("#S 1 ascan\n#L a  b\n");
        for (int i = 0; i < 100; i++) {
            text.append(i).append(' ').append(i).append('\n');
        }
        ConversionLimitException e = assertThrows(ConversionLimitException.class, () -> readAll(text.toString(), 800));
        assertEquals(816, e.requiredBytes());
    }

    @Test
    void ctimeDatesAreParsed() {
        assertEquals("2024-01-04T12:00:05", SpecDates.parse("Thu Jan  4 12:00:05 2024").orElseThrow().toString());
        assertEquals("2023-11-30T23:59:59", SpecDates.parse("Thu Nov 30 23:59:59 2023").orElseThrow().toString());
        assertTrue(SpecDates.parse("yesterday").isEmpty());
    }
}
