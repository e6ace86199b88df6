package org.beamcat.ingest.convert;

import static org.beamcat.ingest.convert.H5Dump.attribute;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.beamcat.ingest.convert.edf.EdfByteOrder;
import org.beamcat.ingest.convert.edf.EdfDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** EDF files converted through the {@link Converter} and read back with h5dump, byte by byte. */
class EdfConversionTest {

    static final Map<EdfDataType, String> HDF5_TYPES = Map.of(
            EdfDataType.UNSIGNED_BYTE, "H5T_STD_U8LE", EdfDataType.SIGNED_BYTE, "H5T_STD_I8LE",
            EdfDataType.UNSIGNED_SHORT, "H5T_STD_U16LE", EdfDataType.SIGNED_SHORT, "H5T_STD_I16LE",
            EdfDataType.UNSIGNED_INT, "H5T_STD_U32LE", EdfDataType.SIGNED_INT, "H5T_STD_I32LE",
            EdfDataType.UNSIGNED_64, "H5T_STD_U64LE", EdfDataType.SIGNED_64, "H5T_STD_I64LE",
            EdfDataType.FLOAT, "H5T_IEEE_F32LE", EdfDataType.DOUBLE, "H5T_IEEE_F64LE");

    @TempDir
    Path tmp;

    static Stream<Arguments> typesAndOrders() {
        return Stream.of(EdfDataType.values())
                .flatMap(type -> Stream.of(EdfByteOrder.values()).map(order -> Arguments.of(type, order)));
    }

    private Path convert(String name, byte[] content) throws Exception {
        Path original = tmp.resolve(name);
        Files.write(original, content);
        ConversionResult result = new Converter(SpecConversionTest.OPTIONS).convert(original);
        assertTrue(result.isConverted(), result::reason);
        return result.output().orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("typesAndOrders")
    void everyDataTypeAndByteOrderArrivesBitForBit(EdfDataType type, EdfByteOrder order) throws Exception {
        int dim1 = 7;
        int dim2 = 5;
        int frames = 3;
        Path h5 = convert("stack.edf", EdfTestFiles.file(type, order, dim1, dim2, frames));

        String data = "/entry/instrument/detector/data";
        assertEquals(HDF5_TYPES.get(type), H5Dump.datatype(h5, data));
        assertArrayEquals(new long[] {frames, dim2, dim1}, H5Dump.dimensions(h5, data));
        assertArrayEquals(EdfTestFiles.expectedLittleEndian(type, dim1, dim2, frames),
                H5Dump.rawLittleEndian(h5, data, tmp));
    }

    @Test
    void stackIsChunkedPerFrameAndCompressedWithNexusStructure() throws Exception {
        Path h5 = convert("img_0001.edf", EdfTestFiles.file(EdfDataType.UNSIGNED_SHORT, EdfByteOrder.LOW_BYTE_FIRST,
                64, 32, 4));

        String properties = H5Dump.properties(h5, "/entry/instrument/detector/data");
        assertTrue(properties.contains("CHUNKED ( 1, 32, 64 )"), properties);
        assertTrue(properties.contains("PREPROCESSING SHUFFLE"), properties);
        assertTrue(properties.contains("COMPRESSION DEFLATE { LEVEL 4 }"), properties);

        assertEquals(List.of("NXroot"), attribute(h5, "/NX_class"));
        assertEquals(List.of("entry"), attribute(h5, "/default"));
        assertEquals(List.of("img_0001.edf"), attribute(h5, "/converted_from"));
        assertEquals(List.of("NXentry"), attribute(h5, "/entry/NX_class"));
        assertEquals("img_0001.edf", H5Dump.stringDataset(h5, "/entry/title"));
        assertEquals(List.of("NXinstrument"), attribute(h5, "/entry/instrument/NX_class"));
        assertEquals(List.of("NXdetector"), attribute(h5, "/entry/instrument/detector/NX_class"));
        assertEquals(List.of("NXcollection"), attribute(h5, "/entry/instrument/detector/header/NX_class"));
    }

    @Test
    void headerKeysAreKeptOneValueWhenEqualOnePerFrameWhenNot() throws Exception {
        Path h5 = convert("keys.edf", EdfTestFiles.file(EdfDataType.FLOAT, EdfByteOrder.HIGH_BYTE_FIRST, 3, 2, 3));

        String header = "/entry/instrument/detector/header";
        assertEquals("0.1", H5Dump.stringDataset(h5, header + "/count_time"));
        assertEquals("FloatValue", H5Dump.stringDataset(h5, header + "/DataType"));
        assertEquals(List.of("1", "2", "3"), H5Dump.strings(h5, "-d", header + "/Image"));
        assertEquals(List.of("frame 1", "frame 2", "frame 3"), H5Dump.strings(h5, "-d", header + "/title"));
    }

    @Test
    void renamedKeysKeepTheirOriginalName() throws Exception {
        Map<String, String> keys = EdfTestFiles.keys(EdfDataType.SIGNED_BYTE, EdfByteOrder.LOW_BYTE_FIRST, 2, 2, 1);
        keys.put("motor pos/x", "1.5");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(EdfTestFiles.header(keys));
        file.writeBytes(EdfTestFiles.values(EdfDataType.SIGNED_BYTE, ByteOrder.LITTLE_ENDIAN, 4, 0));
        Path h5 = convert("renamed.edf", file.toByteArray());

        assertEquals("1.5", H5Dump.stringDataset(h5, "/entry/instrument/detector/header/motor_pos_x"));
        assertEquals(List.of("motor pos/x"), attribute(h5, "/entry/instrument/detector/header/motor_pos_x/edf_key"));
    }

    @Test
    void framesWithSeveralImagesAndLongHeadersFormOneStack() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int f = 0; f < 2; f++) {
            Map<String, String> keys = EdfTestFiles.keys(EdfDataType.SIGNED_INT, EdfByteOrder.HIGH_BYTE_FIRST, 4, 3, f);
            keys.put("Dim_3", "2");
            keys.put("Size", String.valueOf(4 * 3 * 2 * 4));
            keys.put("long_comment", "x".repeat(700)); // a header of two 512-byte blocks
            file.writeBytes(EdfTestFiles.header(keys));
            file.writeBytes(EdfTestFiles.values(EdfDataType.SIGNED_INT, ByteOrder.BIG_ENDIAN, 4 * 3 * 2, f));
        }
        Path h5 = convert("dim3.edf", file.toByteArray());

        String data = "/entry/instrument/detector/data";
        assertArrayEquals(new long[] {4, 3, 4}, H5Dump.dimensions(h5, data));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(EdfTestFiles.values(EdfDataType.SIGNED_INT, ByteOrder.LITTLE_ENDIAN, 24, 0));
        expected.writeBytes(EdfTestFiles.values(EdfDataType.SIGNED_INT, ByteOrder.LITTLE_ENDIAN, 24, 1));
        assertArrayEquals(expected.toByteArray(), H5Dump.rawLittleEndian(h5, data, tmp));
    }

    @Test
    void committedSamplesConvert() throws Exception {
        for (String name : List.of("pilatus_uint32_le.edf", "frelon_int16_be_2frames.edf")) {
            Path original = tmp.resolve(name);
            Files.copy(Path.of("src/test/resources/legacy", name), original);
            ConversionResult result = new Converter(SpecConversionTest.OPTIONS).convert(original);
            assertTrue(result.isConverted(), result::reason);
        }
        Path pilatus = tmp.resolve("pilatus_uint32_le.edf.h5");
        assertEquals("H5T_STD_U32LE", H5Dump.datatype(pilatus, "/entry/instrument/detector/data"));
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 4294967295.0, 4294967294.0, 65536, 1},
                H5Dump.numbers(pilatus, "-d", "/entry/instrument/detector/data"));
        Path frelon = tmp.resolve("frelon_int16_be_2frames.edf.h5");
        assertArrayEquals(new double[] {-32768, -1, 0, 1, 32767, 258, 1000, -1000, 1, 2, 3, 4, 5, 6, 7, 8},
                H5Dump.numbers(frelon, "-d", "/entry/instrument/detector/data"));
        assertEquals("ID99 frelon", H5Dump.stringDataset(frelon, "/entry/instrument/detector/header/title"));
    }
}
