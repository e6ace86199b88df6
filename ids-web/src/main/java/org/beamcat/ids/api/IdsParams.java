package org.beamcat.ids.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beamcat.ids.error.BadRequestException;

/** The contract's parameter checks (1.1): lower-case UUIDs, the Range header, put's numbers and texts; id lists: {@link IdList}. */
final class IdsParams {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private IdsParams() {
    }

    /** How much of a refused value a message quotes. */
    private static final int QUOTED = 100;

    static String uuid(String name, String value) throws BadRequestException {
        if (value == null || !UUID.matcher(value).matches()) {
            throw new BadRequestException("The " + name + " parameter '" + quote(value) + "' is not a valid UUID");
        }
        return value;
    }

    /**
     * A text put stores in the catalogue: control characters (NUL, line breaks, escapes) are refused, as
     * the catalogue's database refuses NUL and no file name, description or DOI needs the others.
     */
    static String text(String name, String value) throws BadRequestException {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("The " + name + " parameter contains a control character");
        }
        return value;
    }

    /** The offset of {@code Range: bytes=N-}; 0 without the header. */
    static long offset(String range) throws BadRequestException {
        if (range == null) {
            return 0;
        }
        Matcher matcher = RANGE.matcher(range.trim());
        if (!matcher.matches()) {
            throw new BadRequestException("The range must match bytes=(\\d+)-");
        }
        try {
            return Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw new BadRequestException("The range must match bytes=(\\d+)-");
        }
    }

    /** A required numeric put parameter. */
    static long requiredLong(String name, String value) throws BadRequestException {
        if (value == null) {
            throw new BadRequestException("The " + name + " parameter must be set");
        }
        return optionalLong(name, value);
    }

    static Long optionalLong(String name, String value) throws BadRequestException {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("The " + name + " parameter '" + quote(value) + "' is not a valid long");
        }
    }

    /** Epoch milliseconds of 0001-01-01 and of the end of 9999: the catalogue's dates have four-digit years. */
    private static final long FIRST_MILLIS = -62_135_596_800_000L;
    private static final long LAST_MILLIS = 253_402_300_799_999L;

    /** An optional put time in milliseconds since the epoch, within the years the catalogue stores. */
    static Long optionalTime(String name, String value) throws BadRequestException {
        Long millis = optionalLong(name, value);
        if (millis != null && (millis < FIRST_MILLIS || millis > LAST_MILLIS)) {
            throw new BadRequestException("The " + name + " parameter " + millis + " is not a time from year 1 to 9999");
        }
        return millis;
    }

    private static String quote(String value) {
        return value == null || value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…";
    }
}
