package org.beamcat.ids.api;

import java.util.ArrayList;
import java.util.List;
import org.beamcat.ids.error.BadRequestException;

/**
 * The contract's id lists (1.1): decimal longs separated by commas, with white space around the commas.
 * Read in one pass, character by character: a backtracking regular expression over a list of thousands
 * of ids overflows the stack. Only ASCII digits count (Long.parseLong would also take other scripts'
 * digits and a leading '+'), and a list may hold at most a given number of ids.
 */
final class IdList {

    /** How much of a refused list the error message quotes: a refused list may be a megabyte long. */
    private static final int QUOTED = 100;

    private IdList() {
    }

    /**
     * @param name  the parameter, for the message
     * @param value the list; absent or blank means no ids
     * @param max   the most ids the list may hold
     */
    static List<Long> parse(String name, String value, int max) throws BadRequestException {
        List<Long> ids = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return ids;
        }
        int at = 0;
        int end = value.length();
        while (true) {
            at = skipSpace(value, at);
            int digits = at;
            long id = 0;
            while (at < end && value.charAt(at) >= '0' && value.charAt(at) <= '9') {
                int digit = value.charAt(at++) - '0';
                if (id > (Long.MAX_VALUE - digit) / 10) {
                    throw malformed(name, value);
                }
                id = id * 10 + digit;
            }
            if (at == digits) {
                throw malformed(name, value); // an empty item, a sign or another character
            }
            if (ids.size() == max) {
                throw tooMany("The " + name + " parameter holds", max);
            }
            ids.add(id);
            at = skipSpace(value, at);
            if (at == end) {
                return ids;
            }
            if (value.charAt(at++) != ',') {
                throw malformed(name, value);
            }
        }
    }

    /** White space as the contract's {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
    private static int skipSpace(String value, int at) {
        while (at < value.length() && " \t\n\u000B\f\r".indexOf(value.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    /** @param what e.g. "The datafileIds parameter holds" */
    static BadRequestException tooMany(String what, int max) {
        return new BadRequestException(what + " more than " + max
                + " ids, the most one request may name (beamcat.ids.max-ids-per-request); "
                + "split the selection over several requests");
    }

    private static BadRequestException malformed(String name, String value) {
        String quoted = value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…";
        return new BadRequestException("The " + name + " parameter '" + quoted
                + "' is not a valid string representation of a comma separated list of longs");
    }
}
