package org.beamcat.ingest.convert.edf;

import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Optional;

/** EDF's {@code ByteOrder} values. */
public enum EdfByteOrder {
    LOW_BYTE_FIRST("LowByteFirst", ByteOrder.LITTLE_ENDIAN),
    HIGH_BYTE_FIRST("HighByteFirst", ByteOrder.BIG_ENDIAN);

    private final String edfName;
    private final ByteOrder order;

    EdfByteOrder(String edfName, ByteOrder order) {
        this.edfName = edfName;
        this.order = order;
    }

    public static Optional<EdfByteOrder> of(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (EdfByteOrder value : values()) {
            if (value.edfName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public String edfName() {
        return edfName;
    }

    public ByteOrder order() {
        return order;
    }
}
