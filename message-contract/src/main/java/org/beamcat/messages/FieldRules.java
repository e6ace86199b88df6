package org.beamcat.messages;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The value rules of the contract, in one place, used by every record constructor (and so by every
 * reader and by code that builds messages itself, such as the Tango device). Each rule records a problem
 * and returns the normalised value; the XSD and the JSON schemas state the same rules for other readers.
 */
final class FieldRules {

    /** ICAT keeps names (investigation, instrument, dataset, sample, parameter type) in 255 characters. */
    static final int MAX_NAME_LENGTH = 255;
    /** Linux PATH_MAX. */
    static final int MAX_PATH_LENGTH = 4096;

    static final String DATE_EXAMPLE = "2024-03-01T10:15:30+01:00";

    /** C0 controls other than tab, line feed and carriage return cannot be written in XML 1.0. */
    private static final Pattern NOT_XML_TEXT = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");
    private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    /**
     * The shape the XSD (xs:dateTime plus an offset) and the JSON schemas accept. Checked before parsing
     * because java.time alone is laxer (seconds optional, second-level offsets).
     */
    private static final Pattern DATE_TIME_WITH_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private FieldRules() {
    }

    /** A mandatory name-like value (proposal, beamline, dataset or sample name): trimmed, one line, not blank. */
    static String name(Problems problems, String path, String value) {
        if (value == null) {
            problems.add(path, "is required");
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            problems.add(path, "must not be blank");
        } else if (trimmed.length() > MAX_NAME_LENGTH) {
            problems.add(path, "must be at most " + MAX_NAME_LENGTH + " characters");
        } else if (ANY_CONTROL.matcher(trimmed).find()) {
            problems.add(path, "must be one line without control characters");
        }
        return trimmed;
    }

    /** Like {@link #name} but absent is fine. */
    static String optionalName(Problems problems, String path, String value) {
        return value == null ? null : name(problems, path, value);
    }

    /** An ICAT parameter name: a name without spaces, as the ESRF definitions spell them. */
    static String parameterName(Problems problems, String path, String value) {
        String trimmed = name(problems, path, value);
        if (trimmed != null && WHITESPACE.matcher(trimmed).find()) {
            problems.add(path, "must not contain spaces");
        }
        return trimmed;
    }

    /**
     * A parameter value: any text XML can carry, kept as it is (lists are space separated by producers).
     * Empty is allowed: whether an empty value is meaningful is for the registration to decide against
     * the parameter's type, and rejecting a whole dataset for an empty description would lose data.
     */
    static String parameterValue(Problems problems, String path, String value) {
        if (value == null) {
            problems.add(path, "is required");
        } else if (NOT_XML_TEXT.matcher(value).find()) {
            problems.add(path, "must not contain control characters other than tab and line breaks");
        }
        return value;
    }

    /**
     * A folder on the beamline file system: absolute, no {@code ..} (the catalogue keys datasets on it and
     * later reads files below it). Normalised the way the Python clients do ({@code //}, {@code /./} and a
     * trailing slash removed) so that one folder has one spelling.
     */
    static String absolutePath(Problems problems, String path, String value) {
        if (value == null) {
            problems.add(path, "is required");
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            problems.add(path, "must not be blank");
            return trimmed;
        }
        int before = problems.size();
        if (!trimmed.startsWith("/")) {
            problems.add(path, "must be an absolute path (start with /), got '" + shorten(trimmed) + "'");
        }
        if (ANY_CONTROL.matcher(trimmed).find()) {
            problems.add(path, "must not contain control characters");
        }
        if (trimmed.length() > MAX_PATH_LENGTH) {
            problems.add(path, "must be at most " + MAX_PATH_LENGTH + " characters");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : trimmed.split("/")) {
            if (segment.equals("..")) {
                problems.add(path, "must not contain '..', got '" + shorten(trimmed) + "'");
                return trimmed;
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        if (problems.size() > before) {
            return trimmed;
        }
        if (segments.isEmpty()) {
            problems.add(path, "must name a folder below /");
            return trimmed;
        }
        return "/" + String.join("/", segments);
    }

    static OffsetDateTime requiredDate(Problems problems, String path, OffsetDateTime value) {
        if (value == null) {
            problems.add(path, "is required");
        }
        return value;
    }

    /**
     * Parses an ISO-8601 date-time that states its offset ({@code Z} or {@code +01:00}). Without an offset
     * a time means nothing to a catalogue that serves several time zones, so it is refused rather than
     * guessed. Returns null (and records why) when it does not parse.
     */
    static OffsetDateTime parseDate(Problems problems, String path, String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        try {
            if (!DATE_TIME_WITH_OFFSET.matcher(trimmed).matches()) {
                throw new DateTimeParseException("not the contract's shape", trimmed, 0);
            }
            return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            problems.add(path, "must be an ISO-8601 date-time with offset, e.g. " + DATE_EXAMPLE
                    + ", got '" + shorten(trimmed) + "'");
            return null;
        }
    }

    static String formatDate(OffsetDateTime date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }

    /** Echoes offending values in messages, but never a megabyte of them. */
    static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
