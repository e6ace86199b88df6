package org.beamcat.ingest.convert;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beamcat.ingest.convert.edf.EdfByteOrder;
import org.beamcat.ingest.convert.edf.EdfDataType;

/** Writes EDF files for tests, with values that are reproducible from a seed and exercise the sign bit. */
public final class EdfTestFiles {

    private EdfTestFiles() {
    }

    /** The standard keys of one frame, in the order ESRF writers use; tests add, change or remove keys. */
    public static Map<String, String> keys(EdfDataType type, EdfByteOrder order, int dim1, int dim2, int image) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("HeaderID", "EH:" + String.format("%06d", image) + ":000000:000000");
        keys.put("Image", String.valueOf(image));
        keys.put("ByteOrder", order.edfName());
        keys.put("DataType", type.edfName());
        keys.put("Dim_1", String.valueOf(dim1));
        keys.put("Dim_2", String.valueOf(dim2));
        keys.put("Size", String.valueOf((long) dim1 * dim2 * type.bytes()));
        keys.put("count_time", "0.1");
        keys.put("title", "frame " + image);
        return keys;
    }

    /** A header block: "{", the pairs, spaces, "}\n", padded to a multiple of 512 bytes. */
    public static byte[] header(Map<String, String> keys) {
        StringBuilder text = new StringBuilder("{\n");
        keys.forEach((key, value) -> text.append(key).append(" = ").append(value).append(" ;\n"));
        int length = text.length() + 2;
        int padded = (length + 511) / 512 * 512;
        text.append(" ".repeat(padded - length)).append("}\n");
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code count} values of {@code type}, in {@code order}; the same seed gives the same values. */
    public static byte[] values(EdfDataType type, ByteOrder order, int count, int seed) {
        ByteBuffer data = ByteBuffer.allocate(count * type.bytes()).order(order);
        for (int k = 0; k < count; k++) {
            long bits = (k + 1L + seed * 1000L) * 0x9E3779B97F4A7C15L;
            switch (type) {
                case UNSIGNED_BYTE, SIGNED_BYTE -> data.put((byte) (bits >>> 56));
                case UNSIGNED_SHORT, SIGNED_SHORT -> data.putShort((short) (bits >>> 48));
                case UNSIGNED_INT, SIGNED_INT -> data.putInt((int) (bits >>> 32));
                case UNSIGNED_64, SIGNED_64 -> data.putLong(bits);
                case FLOAT -> data.putFloat((k - 5) * 1.25f + seed + 0.1f);
                case DOUBLE -> data.putDouble((k - 5) * 1.25 + seed + 1e-9 * k);
            }
        }
        return data.array();
    }

    /** A complete EDF file of {@code frames} frames, frame {@code f} holding {@code values(..., seed f)}. */
    public static byte[] file(EdfDataType type, EdfByteOrder order, int dim1, int dim2, int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int f = 0; f < frames; f++) {
            out.writeBytes(header(keys(type, order, dim1, dim2, f + 1)));
            out.writeBytes(values(type, order.order(), dim1 * dim2, f));
        }
        return out.toByteArray();
    }

    /** What HDF5 should hold for {@link #file}, as little-endian bytes. */
    public static byte[] expectedLittleEndian(EdfDataType type, int dim1, int dim2, int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int f = 0; f < frames; f++) {
            out.writeBytes(values(type, ByteOrder.LITTLE_ENDIAN, dim1 * dim2, f));
        }
        return out.toByteArray();
    }
}
