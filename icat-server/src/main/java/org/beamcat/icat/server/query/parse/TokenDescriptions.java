package org.beamcat.icat.server.query.parse;

/** Renders client text inside error messages: quoted, shortened, with control characters made visible. */
final class TokenDescriptions {

    private static final int MAX_SHOWN = 40;

    private TokenDescriptions() {
    }

    static String quote(String text) {
        StringBuilder shown = new StringBuilder("'");
        int count = 0;
        for (int i = 0; i < text.length() && count < MAX_SHOWN; i = text.offsetByCodePoints(i, 1), count++) {
            int c = text.codePointAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        }
        if (count < text.codePointCount(0, text.length())) {
            shown.append("...");
        }
        return shown.append('\'').toString();
    }

    static String character(int codePoint) {
        String name = Character.isISOControl(codePoint) ? "control character" : "character";
        return name + " " + String.format("U+%04X", codePoint)
                + (Character.isISOControl(codePoint) ? "" : " " + quote(new String(Character.toChars(codePoint))));
    }
}
