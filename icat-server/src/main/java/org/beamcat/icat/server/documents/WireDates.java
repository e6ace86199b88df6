package org.beamcat.icat.server.documents;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/**
 * ICAT's search dates: {@code yyyyMMddHHmm} in UTC, or a number of milliseconds since 1970. A string names
 * a minute, so an upper bound given as a string covers the whole minute (+59,999 ms), as in icat.server.
 */
final class WireDates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
            .withResolverStyle(ResolverStyle.STRICT);

    private WireDates() {
    }

    static long lower(String key, JsonValue value) throws IcatServerException {
        return millis(key, value, 0);
    }

    static long upper(String key, JsonValue value) throws IcatServerException {
        return millis(key, value, 59_999);
    }

    private static long millis(String key, JsonValue value, long minuteEnd) throws IcatServerException {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw bad(key, value);
            }
        }
        if (value instanceof JsonString text && text.getString().length() == 12) {
            try {
                return LocalDateTime.parse(text.getString(), MINUTE).toInstant(ZoneOffset.UTC).toEpochMilli()
                        + minuteEnd;
            } catch (DateTimeParseException e) {
                throw bad(key, value);
            }
        }
        throw bad(key, value);
    }

    private static IcatServerException bad(String key, JsonValue value) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, key
                + " must be a date as yyyyMMddHHmm (UTC) or milliseconds since 1970, not " + Shown.of(value));
    }
}
