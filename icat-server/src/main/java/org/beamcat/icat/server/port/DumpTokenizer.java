package org.beamcat.icat.server.port;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one line of an ICAT dump (format 1.0) into tokens: double-quoted strings with backslash escapes
 * ({@code \t \r \n \f \b \' \" \\}), integers, reals, timestamps ({@code 2014-05-16T06:05:26.12Z}, an offset or
 * no zone), {@code null}, {@code true}/{@code false} (any case), bare names (enum constants) and the punctuation
 * of headers.
 */
final class DumpTokenizer {

    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    private DumpTokenizer() {
    }

    static List<DumpToken> tokens(String line) throws DumpFormatException {
        List<DumpToken> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '"') {
                i = string(line, i, tokens);
            } else if (c == '(' || c == ')' || c == ',' || c == ':' || c == '?') {
                tokens.add(new DumpToken(punctuation(c), String.valueOf(c)));
                i++;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_'
                        || line.charAt(i) == '$')) {
                    i++;
                }
                String name = line.substring(start, i);
                String upper = name.toUpperCase(java.util.Locale.ROOT);
                if (upper.equals("NULL")) {
                    tokens.add(new DumpToken(DumpToken.Type.NULL, "null"));
                } else if (upper.equals("TRUE") || upper.equals("FALSE")) {
                    tokens.add(new DumpToken(DumpToken.Type.BOOLEAN, upper.toLowerCase(java.util.Locale.ROOT)));
                } else {
                    tokens.add(new DumpToken(DumpToken.Type.NAME, name));
                }
            } else if (Character.isDigit(c) || c == '-' || c == '+' || c == '.') {
                i = number(line, i, tokens);
            } else {
                throw new DumpFormatException("Unexpected character '" + c + "' at column " + (i + 1));
            }
        }
        return tokens;
    }

    private static int string(String line, int i, List<DumpToken> tokens) throws DumpFormatException {
        StringBuilder text = new StringBuilder();
        int n = line.length();
        i++;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                tokens.add(new DumpToken(DumpToken.Type.STRING, text.toString()));
                return i + 1;
            }
            if (c == '\\') {
                if (i + 1 >= n) {
                    break;
                }
                char e = line.charAt(i + 1);
                switch (e) {
                    case 't' -> text.append('\t');
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 'f' -> text.append('\f');
                    case 'b' -> text.append('\b');
                    case '"', '\'', '\\' -> text.append(e);
                    default -> throw new DumpFormatException("Unknown escape \\" + e + " at column " + (i + 1));
                }
                i += 2;
            } else {
                text.append(c);
                i++;
            }
        }
        throw new DumpFormatException("Unterminated string starting \"" + abbreviate(text.toString()) + "\"");
    }

    private static int number(String line, int i, List<DumpToken> tokens) throws DumpFormatException {
        int start = i;
        int n = line.length();
        while (i < n && "0123456789+-.eETZ:".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        String text = line.substring(start, i);
        if (text.matches("[+-]?\\d+")) {
            tokens.add(new DumpToken(DumpToken.Type.INTEGER, text));
        } else if (TIMESTAMP.matcher(text).matches()) {
            tokens.add(new DumpToken(DumpToken.Type.TIMESTAMP, text));
        } else {
            try {
                Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new DumpFormatException("\"" + abbreviate(text) + "\" is neither a number nor a timestamp "
                        + "of the form 2014-05-16T06:05:26.12Z");
            }
            tokens.add(new DumpToken(DumpToken.Type.REAL, text));
        }
        return i;
    }

    private static DumpToken.Type punctuation(char c) {
        return switch (c) {
            case '(' -> DumpToken.Type.OPEN;
            case ')' -> DumpToken.Type.CLOSE;
            case ',' -> DumpToken.Type.COMMA;
            case ':' -> DumpToken.Type.COLON;
            default -> DumpToken.Type.QMARK;
        };
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
