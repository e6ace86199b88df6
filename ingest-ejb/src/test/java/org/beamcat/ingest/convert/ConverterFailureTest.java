package org.beamcat.ingest.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.beamcat.ingest.convert.ConversionResult.Outcome;
import org.beamcat.ingest.convert.edf.EdfByteOrder;
import org.beamcat.ingest.convert.edf.EdfDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a legacy file can be wrong ends in a FAILED result with a typed cause, the original exactly
 * as it was, and nothing else in the folder: no HDF5 file, no temporary file.
 */
class ConverterFailureTest {

    private static final EdfDataType U16 = EdfDataType.UNSIGNED_SHORT;
    private static final EdfByteOrder LE = EdfByteOrder.LOW_BYTE_FIRST;

    @TempDir
    Path tmp;

    private LegacyFormatException formatFailure(String name, byte[] content) throws IOException {
        return assertInstanceOf(LegacyFormatException.class, failure(name, content, 64L << 20));
    }

    /** Converts, and checks the outcome, the untouched original and the clean folder. */
    private Exception failure(String name, byte[] content, long maxBytes) throws IOException {
        Path original = tmp.resolve(name);
        Files.write(original, content);
        FileTime modified = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(original, modified);

        ConversionResult result = new Converter(new ConverterOptions(maxBytes, ZoneId.of("UTC"))).convert(original);

        assertEquals(Outcome.FAILED, result.outcome(), result::toString);
        assertTrue(result.output().isEmpty());
        assertEquals(result.cause().getMessage(), result.reason());
        assertArrayEquals(content, Files.readAllBytes(original), "the original is never modified");
        assertEquals(modified, Files.getLastModifiedTime(original));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(original), files.toList(), "nothing but the original is left");
        }
        return result.cause();
    }

    private static byte[] spec(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] edf(Map<String, String> keys, int dataBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(EdfTestFiles.header(keys));
        out.writeBytes(new byte[dataBytes]);
        return out.toByteArray();
    }

    @Test
    void truncatedEdfData() throws IOException {
        byte[] whole = EdfTestFiles.file(U16, LE, 8, 8, 3);
        LegacyFormatException e = formatFailure("cut.edf", Arrays.copyOf(whole, whole.length - 10));
        assertEquals(2 * (512 + 128), e.byteOffset(), "the third frame starts after two 512-byte headers and 128-byte images");
        assertEquals("truncated: the header announces 128 bytes of data but only 118 follow", e.reason());
        assertTrue(e.getMessage().contains("frame 3"), e.getMessage());
    }

    @Test
    void truncatedEdfHeader() throws IOException {
        byte[] whole = EdfTestFiles.file(U16, LE, 8, 8, 1);
        LegacyFormatException e = formatFailure("cut-header.edf", Arrays.copyOf(whole, 300));
        assertEquals("truncated: the header has no closing '}'", e.reason());
    }

    @Test
    void headerLyingAboutTheDataSize() throws IOException {
        Map<String, String> keys = EdfTestFiles.keys(U16, LE, 8, 8, 1);
        keys.put("Size", "100");
        LegacyFormatException e = formatFailure("lying.edf", edf(keys, 100));
        assertEquals("the header lies about its size: Size = 100 but Dim_1 x Dim_2 x Dim_3 x 2 bytes = 128", e.reason());
    }

    @Test
    void headerLyingAboutItsOwnSize() throws IOException {
        Map<String, String> keys = EdfTestFiles.keys(U16, LE, 8, 8, 1);
        keys.put("EDF_HeaderSize", "1024");
        LegacyFormatException e = formatFailure("lying-header.edf", edf(keys, 128));
        assertEquals("the header lies about its size: EDF_HeaderSize = 1024 but the header block's length = 512",
                e.reason());
    }

    @Test
    void unknownDataType() throws IOException {
        Map<String, String> keys = EdfTestFiles.keys(U16, LE, 8, 8, 1);
        keys.put("DataType", "Complex64");
        keys.remove("Size");
        assertEquals("unknown DataType 'Complex64'", formatFailure("complex.edf", edf(keys, 128)).reason());
    }

    @Test
    void otherBadEdfHeaders() throws IOException {
        Map<String, String> keys = EdfTestFiles.keys(U16, LE, 8, 8, 1);
        keys.put("ByteOrder", "MiddleEndian");
        assertEquals("unknown ByteOrder 'MiddleEndian'", formatFailure("order.edf", edf(keys, 128)).reason());

        Files.delete(tmp.resolve("order.edf"));
        keys = EdfTestFiles.keys(U16, LE, 8, 8, 1);
        keys.put("Dim_1", "-8");
        assertEquals("Dim_1 = '-8' is not a positive whole number", formatFailure("dim.edf", edf(keys, 128)).reason());

        Files.delete(tmp.resolve("dim.edf"));
        keys = EdfTestFiles.keys(U16, LE, 8, 8, 1);
        keys.put("Compression", "gzip");
        assertTrue(formatFailure("gz.edf", edf(keys, 128)).reason().contains("compressed EDF"));
    }

    @Test
    void framesOfDifferentShapes() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(EdfTestFiles.file(U16, LE, 8, 8, 1));
        file.writeBytes(EdfTestFiles.file(U16, LE, 4, 8, 1));
        LegacyFormatException e = formatFailure("shapes.edf", file.toByteArray());
        assertTrue(e.reason().startsWith("frame is 4x8 UnsignedShort but frame 1 is 8x8"), e.reason());
    }

    @Test
    void edfStackOverTheMemoryLimit() throws IOException {
        ConversionLimitException e = assertInstanceOf(ConversionLimitException.class,
                failure("big.edf", EdfTestFiles.file(U16, LE, 64, 64, 4), 30_000));
        assertEquals(4 * 64 * 64 * 2, e.requiredBytes());
        assertEquals(30_000, e.maxBytes());
    }

    @Test
    void specColumnCountMismatchInALaterScanLeavesNoPartialFile() throws IOException {
        String text = SpecTestFiles.fileHeader() + SpecTestFiles.ascan(1, 3) + SpecTestFiles.ascan(2, 3)
                + "#S 3 ascan\n#N 2\n#L a  b\n1 2\n3 4 5\n";
        LegacyFormatException e = formatFailure("bad3.spec", spec(text));
        assertEquals("the row has 3 values but #L names 2 columns", e.reason());
        assertEquals(text.split("\n", -1).length - 1, e.line());
    }

    @Test
    void specNonNumericValue() throws IOException {
        assertEquals(3, formatFailure("nan.spec", spec("#S 1 a\n#L x  y\n1 two\n")).line());
    }

    @Test
    void specNDisagreeingWithL() throws IOException {
        assertEquals(3, formatFailure("n.spec", spec("#S 1 a\n#N 4\n#L x  y  z\n")).line());
    }

    @Test
    void specTruncated() throws IOException {
        String whole = SpecTestFiles.fileHeader() + SpecTestFiles.ascan(1, 5);
        LegacyFormatException e = formatFailure("cut.spec", spec(whole.substring(0, whole.length() - 6)));
        assertTrue(e.reason().contains("truncated"), e.reason());
    }

    @Test
    void specOverTheMemoryLimit() throws IOException {
        byte[] text = spec(SpecTestFiles.fileHeader() + SpecTestFiles.ascan(1, 50) + SpecTestFiles.ascan(2, 50));
        ConversionLimitException e = assertInstanceOf(ConversionLimitException.class, failure("big.spec", text, 2_000));
        assertEquals(2_016, e.requiredBytes(), "refused at the row that crosses the limit");
    }

    @Test
    void missingFileFailsWithoutCreatingAnything() {
        ConversionResult result = new Converter(SpecConversionTest.OPTIONS).convert(tmp.resolve("gone.edf"));
        assertEquals(Outcome.FAILED, result.outcome());
        assertInstanceOf(IOException.class, result.cause());
    }

    @Test
    void otherFilesAndEmptySpecFilesAreSkipped() throws IOException {
        Path image = Files.write(tmp.resolve("image.cbf"), new byte[] {'_', 'a', 0, 1, 2});
        Path headerOnly = Files.writeString(tmp.resolve("empty.spec"), SpecTestFiles.fileHeader());
        Converter converter = new Converter(SpecConversionTest.OPTIONS);

        assertEquals(ConversionResult.skipped(image, "not a SPEC or EDF file"), converter.convert(image));
        assertEquals(ConversionResult.skipped(headerOnly, "the SPEC file holds no scan"), converter.convert(headerOnly));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void anUpToDateOutputIsReusedAndAStaleOneReplaced() throws IOException {
        Path original = Files.write(tmp.resolve("img.edf"), EdfTestFiles.file(U16, LE, 4, 4, 1));
        Converter converter = new Converter(SpecConversionTest.OPTIONS);
        Path output = converter.convert(original).output().orElseThrow();
        FileTime written = Files.getLastModifiedTime(output);

        assertEquals(ConversionResult.converted(original, output), converter.convert(original));
        assertEquals(written, Files.getLastModifiedTime(output), "not written again");

        Files.write(original, EdfTestFiles.file(U16, LE, 4, 4, 2));
        Files.setLastModifiedTime(original, FileTime.fromMillis(written.toMillis() + 5_000));
        assertEquals(Outcome.CONVERTED, converter.convert(original).outcome());
        assertArrayEquals(new long[] {2, 4, 4}, H5Dump.dimensions(output, "/entry/instrument/detector/data"));
        assertArrayEquals(EdfTestFiles.expectedLittleEndian(U16, 4, 4, 2),
                H5Dump.rawLittleEndian(output, "/entry/instrument/detector/data", tmp));
    }

    @Test
    void aForeignFileWithTheOutputNameIsNeverReplaced() throws IOException {
        Path original = Files.write(tmp.resolve("img.edf"), EdfTestFiles.file(U16, LE, 4, 4, 1));
        Path foreign = Files.writeString(tmp.resolve("img.edf.h5"), "someone else's file");
        Path hdf5 = Files.write(tmp.resolve("other.edf"), EdfTestFiles.file(U16, LE, 4, 4, 1));
        Path foreignHdf5 = tmp.resolve("other.edf.h5");
        org.beamcat.ingest.nexus.AtomicHdfFile.<RuntimeException>write(foreignHdf5,
                file -> file.putAttribute("creator", "a beamline script"));
        byte[] foreignHdf5Bytes = Files.readAllBytes(foreignHdf5);
        Converter converter = new Converter(SpecConversionTest.OPTIONS);

        for (Path[] pair : new Path[][] {{original, foreign}, {hdf5, foreignHdf5}}) {
            Files.setLastModifiedTime(pair[1], FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            ConversionResult result = converter.convert(pair[0]);
            assertEquals(Outcome.FAILED, result.outcome(), result::toString);
            assertInstanceOf(java.nio.file.FileAlreadyExistsException.class, result.cause());
            assertTrue(result.reason().contains("is not a conversion"), result.reason());
        }
        assertEquals("someone else's file", Files.readString(foreign));
        assertArrayEquals(foreignHdf5Bytes, Files.readAllBytes(foreignHdf5));
    }
}
