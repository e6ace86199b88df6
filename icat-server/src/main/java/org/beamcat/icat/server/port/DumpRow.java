package org.beamcat.icat.server.port;

import java.util.ArrayList;
import java.util.List;

/** The comma-separated values of one data line, with its line number in the dump. */
public record DumpRow(int line, List<DumpToken> values) {

    static DumpRow parse(String text, int line) throws DumpFormatException {
        List<DumpToken> tokens = DumpTokenizer.tokens(text);
        List<DumpToken> values = new ArrayList<>();
        boolean expectValue = true;
        for (DumpToken token : tokens) {
            if (token.is(DumpToken.Type.COMMA)) {
                if (expectValue) {
                    throw new DumpFormatException("Missing value before ','");
                }
                expectValue = true;
            } else if (isValue(token)) {
                if (!expectValue) {
                    throw new DumpFormatException("Missing ',' before " + token);
                }
                values.add(token);
                expectValue = false;
            } else {
                throw new DumpFormatException("Unexpected " + token + " in a data line");
            }
        }
        if (expectValue && !values.isEmpty()) {
            throw new DumpFormatException("The line ends with ','");
        }
        return new DumpRow(line, List.copyOf(values));
    }

    private static boolean isValue(DumpToken token) {
        return switch (token.type()) {
            case STRING, INTEGER, REAL, BOOLEAN, NULL, NAME, TIMESTAMP -> true;
            default -> false;
        };
    }
}
