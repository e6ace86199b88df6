package org.beamcat.icat.server.json;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * ICAT's one date format, {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX}, used both ways (contract 1.1): written in the
 * server's time zone, always with milliseconds and an offset; read strictly, so a value without milliseconds or
 * without an offset is refused rather than guessed at. Immutable and thread-safe.
 */
public final class IcatDateFormat {

    /** The pattern as ICAT documents it, for messages. */
    public static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

    // 'uuuu' rather than 'yyyy' so that STRICT resolution needs no era.
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ZoneId zone;
    private final DateTimeFormatter output;

    public IcatDateFormat(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.output = FORMAT.withZone(zone);
    }

    /** The format in the JVM's default zone, which is what ICAT uses. */
    public static IcatDateFormat systemDefault() {
        return new IcatDateFormat(ZoneId.systemDefault());
    }

    public ZoneId zone() {
        return zone;
    }

    public String format(Date date) {
        return output.format(date.toInstant());
    }

    /** The instant {@code text} denotes, or empty when it does not follow the pattern exactly. */
    public Optional<Date> parse(String text) {
        try {
            return Optional.of(Date.from(OffsetDateTime.parse(text, FORMAT).toInstant()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
