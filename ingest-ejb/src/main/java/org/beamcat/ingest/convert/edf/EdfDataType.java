package org.beamcat.ingest.convert.edf;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * EDF's {@code DataType} values and the spellings found in the wild. As in ESRF's own readers (PyMca's
 * EdfFile, fabio), "Long" means a 32-bit C long, as on the machines EDF was defined on; 64-bit integers
 * are {@code Signed64}/{@code Unsigned64}. Names match case-insensitively.
 */
public enum EdfDataType {
    UNSIGNED_BYTE(1, true, "UnsignedByte", "UnsignedChar", "Unsigned8"),
    SIGNED_BYTE(1, false, "SignedByte", "SignedChar", "Signed8"),
    UNSIGNED_SHORT(2, true, "UnsignedShort", "UnsignedShortInteger", "UnsignedShortInt", "Unsigned16"),
    SIGNED_SHORT(2, false, "SignedShort", "SignedShortInteger", "SignedShortInt", "Signed16"),
    UNSIGNED_INT(4, true, "UnsignedInteger", "UnsignedInt", "UnsignedLong", "UnsignedLongInteger", "Unsigned32"),
    SIGNED_INT(4, false, "SignedInteger", "SignedInt", "SignedLong", "SignedLongInteger", "Signed32"),
    UNSIGNED_64(8, true, "Unsigned64", "UnsignedLongLong"),
    SIGNED_64(8, false, "Signed64", "SignedLongLong"),
    FLOAT(4, false, "FloatValue", "Float", "FloatIEEE32", "Float32", "Real"),
    DOUBLE(8, false, "DoubleValue", "Double", "DoubleIEEE64", "FloatIEEE64", "Float64");

    private static final Map<String, EdfDataType> BY_NAME = Stream.of(values())
            .flatMap(type -> Stream.of(type.names).map(name -> Map.entry(name.toLowerCase(Locale.ROOT), type)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final int bytes;
    private final boolean unsigned;
    private final String[] names;

    EdfDataType(int bytes, boolean unsigned, String... names) {
        this.bytes = bytes;
        this.unsigned = unsigned;
        this.names = names;
    }

    public static Optional<EdfDataType> of(String name) {
        return Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** Bytes per element in the file (and in HDF5). */
    public int bytes() {
        return bytes;
    }

    /** Stored in a Java type of the same width, and written to HDF5 as unsigned. */
    public boolean unsigned() {
        return unsigned;
    }

    /** The canonical EDF spelling, for messages (and for writing EDF in tests). */
    public String edfName() {
        return names[0];
    }
}
