package org.beamcat.landing.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small readers of BibTeX and RIS for the tests: they parse what a reference manager would, independently of
 * how the writers build their text, so a round trip proves the output is readable and not only as expected.
 */
final class CitationReaders {

    private CitationReaders() {
    }

    /** A BibTeX entry: its type, key and fields (braced values, with \{ \} \& \% \$ \# \_ unescaped). */
    record BibEntry(String type, String key, Map<String, String> fields) {
    }

    static BibEntry bibtex(String text) {
        int at = text.indexOf('@');
        int open = text.indexOf('{', at);
        int comma = text.indexOf(',', open);
        if (at < 0 || open < 0 || comma < 0) {
            throw new IllegalArgumentException("not a BibTeX entry: " + text);
        }
        String type = text.substring(at + 1, open).strip();
        String key = text.substring(open + 1, comma).strip();
        Map<String, String> fields = new LinkedHashMap<>();
        int i = comma + 1;
        while (true) {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = text.substring(i, eq).replace(",", "").strip();
            int start = text.indexOf('{', eq);
            int depth = 0;
            StringBuilder value = new StringBuilder();
            int j = start;
            for (; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '\\' && j + 1 < text.length() && "{}&%$#_".indexOf(text.charAt(j + 1)) >= 0) {
                    value.append(text.charAt(++j));
                    continue;
                }
                if (c == '{') {
                    depth++;
                    if (depth == 1) {
                        continue;
                    }
                } else if (c == '}') {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
                value.append(c);
            }
            if (depth != 0) {
                throw new IllegalArgumentException("unbalanced braces in field " + name);
            }
            fields.put(name.toLowerCase(), value.toString());
            i = j + 1;
        }
        if (!text.strip().endsWith("}")) {
            throw new IllegalArgumentException("entry not closed");
        }
        return new BibEntry(type, key, fields);
    }

    /** RIS as tag → values; every line must be "TG  - value" and the record must end with ER. */
    static Map<String, List<String>> ris(String text) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (String line : lines) {
            if (!line.matches("[A-Z][A-Z0-9]  - .*")) {
                throw new IllegalArgumentException("not a RIS line: '" + line + "'");
            }
            tags.computeIfAbsent(line.substring(0, 2), t -> new ArrayList<>()).add(line.substring(6));
        }
        if (!lines[0].startsWith("TY  - ") || !lines[lines.length - 1].startsWith("ER  - ")) {
            throw new IllegalArgumentException("RIS must start with TY and end with ER");
        }
        return tags;
    }
}
