package org.beamcat.ids.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beamcat.ids.error.BadRequestException;

/** The contract's parameter checks (1.1): lower-case UUIDs, comma-separated id lists, the Range header. */
final class IdsParams {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ID_LIST = Pattern.compile("\\s*\\d+\\s*(,\\s*\\d+\\s*)*");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private IdsParams() {
    }

    static String uuid(String name, String value) throws BadRequestException {
        if (value == null || !UUID.matcher(value).matches()) {
            throw new BadRequestException("The " + name + " parameter '" + value + "' is not a valid UUID");
        }
        return value;
    }

    /** A comma-separated list of longs; absent or blank means none. */
    static List<Long> ids(String name, String value) throws BadRequestException {
        List<Long> ids = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return ids;
        }
        if (!ID_LIST.matcher(value).matches()) {
            throw badList(name, value);
        }
        try {
            for (String id : value.split(",")) {
                ids.add(Long.parseLong(id.trim()));
            }
        } catch (NumberFormatException e) {
            throw badList(name, value);
        }
        return ids;
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
            throw new BadRequestException("The " + name + " parameter '" + value + "' is not a valid long");
        }
    }

    private static BadRequestException badList(String name, String value) {
        return new BadRequestException("The " + name + " parameter '" + value
                + "' is not a valid string representation of a comma separated list of longs");
    }
}
