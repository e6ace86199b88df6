package org.beamcat.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, sizes and counts as the pages show them (UTC dates; sizes in powers of 1000, as file managers do). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    public String date(Instant instant) {
        return instant == null ? "–" : DATE.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "–" : DATE_TIME.format(instant);
    }

    public String size(Long bytes) {
        if (bytes == null) {
            return "–";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** Names separated by commas, or a dash for none. */
    public String list(java.util.List<String> names) {
        return names == null || names.isEmpty() ? "–" : String.join(", ", names);
    }

    public String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** Whether the release date is still ahead: the data are under embargo. */
    public boolean embargoed(Instant releaseDate) {
        return releaseDate == null || releaseDate.isAfter(Instant.now());
    }
}
