package org.beamcat.ingest.convert.spec;

import java.util.Arrays;
import java.util.List;

/** How a SPEC line splits: a key ({@code #S}, {@code #O0}, or a data value) and the rest. */
final class SpecLines {

    private SpecLines() {
    }

    /** The first word: {@code #S}, {@code #P1}... for header lines. */
    static String key(String line) {
        int space = indexOfWhitespace(line);
        return space < 0 ? line : line.substring(0, space);
    }

    /** Everything after the first word, stripped. */
    static String value(String line) {
        int space = indexOfWhitespace(line);
        return space < 0 ? "" : line.substring(space + 1).strip();
    }

    static boolean isHeader(String line) {
        return line.startsWith("#");
    }

    /** SPEC separates names with two spaces because a name may contain one ("Two Theta"). */
    static List<String> splitNames(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s{2,}"));
    }

    static String[] splitValues(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }

    private static int indexOfWhitespace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
