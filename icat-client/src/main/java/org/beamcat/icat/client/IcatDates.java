package org.beamcat.icat.client;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Dates in entity JSON as the ICAT REST API writes and reads them ({@code 2026-03-12T08:00:00.000Z}); for
 * dates inside a query use {@link IcatQuery} (its {@code {ts …}} form).
 */
public final class IcatDates {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DateTimeFormatter READ_COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter();

    private IcatDates() {
    }

    /** In UTC, milliseconds, offset written {@code Z}. */
    public static String format(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(WRITE);
    }

    public static String format(Instant time) {
        return format(time.atOffset(ZoneOffset.UTC));
    }

    /** Reads ISO forms with or without a colon in the offset ({@code +01:00}, {@code +0100}, {@code Z}). */
    public static OffsetDateTime parse(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text, READ_COMPACT_OFFSET);
        }
    }
}
