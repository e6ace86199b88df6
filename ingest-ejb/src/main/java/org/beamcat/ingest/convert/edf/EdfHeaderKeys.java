package org.beamcat.ingest.convert.edf;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.beamcat.ingest.convert.LegacyFormatException;

/** Typed access to one header's keys, with errors that say which key is wrong. */
record EdfHeaderKeys(Path file, int frame, long offset, Map<String, String> values) {

    String required(String key) throws LegacyFormatException {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw error("no " + key + " in the header");
        }
        return value;
    }

    int positiveInt(String key, Integer absent) throws LegacyFormatException {
        String raw = values.get(key);
        if (raw == null && absent != null) {
            return absent;
        }
        String value = required(key);
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(key + " = '" + value + "' is not a positive whole number");
    }

    EdfByteOrder byteOrder(EdfDataType type) throws LegacyFormatException {
        String raw = values.get("ByteOrder");
        if (raw == null && type.bytes() == 1) {
            return EdfByteOrder.LOW_BYTE_FIRST; // irrelevant for single bytes, and often omitted
        }
        String name = required("ByteOrder");
        return EdfByteOrder.of(name).orElseThrow(() -> error("unknown ByteOrder '" + name + "'"));
    }

    void rejectCompression() throws LegacyFormatException {
        String compression = values.getOrDefault("Compression", "None").toLowerCase(Locale.ROOT);
        if (!compression.equals("none") && !compression.equals("nocompression")) {
            throw error("compressed EDF data (Compression = " + values.get("Compression") + ") is not supported");
        }
    }

    void mustEqual(String key, long expected, String what) throws LegacyFormatException {
        String raw = values.get(key);
        if (raw == null) {
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw error(key + " = '" + raw + "' is not a whole number");
        }
        if (declared != expected) {
            throw error("the header lies about its size: " + key + " = " + declared + " but " + what + " = "
                    + expected);
        }
    }

    LegacyFormatException error(String reason) {
        return LegacyFormatException.inFrame(file, frame, offset, reason);
    }
}
