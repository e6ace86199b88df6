package org.beamcat.landing.doi.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date forms kernel-4 allows: W3CDTF at any of its granularities (year, month, day, minutes,
 * seconds, fractions, with a time zone whenever a time is given) and RKMS-ISO8601 ranges of two of
 * them, {@code start/end}, where one end may be left open.
 */
final class Kernel4Dates {

    private static final Pattern W3CDTF = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    private Kernel4Dates() {
    }

    /** Why {@code text} is not a kernel-4 date or range, or empty if it is one. */
    static Optional<String> problem(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return parse(text).isPresent() ? Optional.empty() : Optional.of(notADate(text));
        }
        String start = text.substring(0, slash);
        String end = text.substring(slash + 1);
        if (start.isEmpty() && end.isEmpty() || end.contains("/")) {
            return Optional.of("'" + text + "' is not a date range start/end");
        }
        Optional<Span> from = start.isEmpty() ? Optional.of(Span.OPEN) : parse(start);
        Optional<Span> to = end.isEmpty() ? Optional.of(Span.OPEN) : parse(end);
        if (from.isEmpty()) {
            return Optional.of(notADate(start));
        }
        if (to.isEmpty()) {
            return Optional.of(notADate(end));
        }
        if (from.get() != Span.OPEN && to.get() != Span.OPEN && from.get().first().isAfter(to.get().last())) {
            return Optional.of("the range '" + text + "' ends before it starts");
        }
        return Optional.empty();
    }

    private static String notADate(String text) {
        return "'" + text + "' is not a W3CDTF date such as 2025, 2025-09, 2025-09-05 or 2025-09-05T06:00:00Z";
    }

    /** The days a date covers, so that a range like 2025-09-05/2025-09 compares the way people mean it. */
    private record Span(LocalDate first, LocalDate last) {
        static final Span OPEN = new Span(LocalDate.MIN, LocalDate.MAX);
    }

    private static Optional<Span> parse(String text) {
        if (!W3CDTF.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            if (text.length() == 4) {
                Year year = Year.parse(text);
                return Optional.of(new Span(year.atDay(1), year.atMonth(12).atEndOfMonth()));
            }
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return Optional.of(new Span(month.atDay(1), month.atEndOfMonth()));
            }
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of(new Span(day, day));
            }
            LocalDate day = OffsetDateTime.parse(text).toLocalDate();
            return Optional.of(new Span(day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
