package org.beamcat.portal.cart;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte counts as people write and read them: {@code 10GiB}, {@code 500 MB}, {@code 1.5 GiB}. */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("\\s*([0-9]{1,15})\\s*(B|KB|KIB|MB|MIB|GB|GIB|TB|TIB)?\\s*");
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** A whole number with an optional unit (decimal KB/MB/GB/TB, binary KiB/MiB/GiB/TiB); empty if malformed or too big. */
    public static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SIZE.matcher(text.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long number = Long.parseLong(m.group(1));
        long factor = switch (m.group(2) == null ? "B" : m.group(2)) {
            case "KB" -> 1000L;
            case "KIB" -> 1L << 10;
            case "MB" -> 1000L * 1000;
            case "MIB" -> 1L << 20;
            case "GB" -> 1000L * 1000 * 1000;
            case "GIB" -> 1L << 30;
            case "TB" -> 1000L * 1000 * 1000 * 1000;
            case "TIB" -> 1L << 40;
            default -> 1L;
        };
        try {
            return Optional.of(Math.multiplyExact(number, factor));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
