package org.beamcat.ingest.convert.spec;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** SPEC's {@code #D} lines are C {@code ctime()} text, e.g. {@code Thu Jan  4 12:00:05 2024}, in local time. */
public final class SpecDates {

    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH);

    private SpecDates() {
    }

    public static Optional<LocalDateTime> parse(String text) {
        try {
            // ctime pads the day with a space ("Jan  4"); the formatter wants single spaces.
            return Optional.of(LocalDateTime.parse(text.strip().replaceAll("\\s+", " "), CTIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
