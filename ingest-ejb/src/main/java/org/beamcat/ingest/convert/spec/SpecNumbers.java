package org.beamcat.ingest.convert.spec;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the numbers SPEC prints. Stricter than {@link Double#parseDouble}, which would also accept
 * "1d", "0x1p3" or "Infinity" spelled Java's way, and so hide a corrupted row.
 */
final class SpecNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private SpecNumbers() {
    }

    /** The value, or null when the text is not a number SPEC would write. */
    static Double parse(String text) {
        if (DECIMAL.matcher(text).matches()) {
            return Double.valueOf(text);
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "nan", "+nan", "-nan" -> Double.NaN;
            case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> null;
        };
    }
}
