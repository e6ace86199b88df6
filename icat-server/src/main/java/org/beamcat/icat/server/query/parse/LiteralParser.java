package org.beamcat.icat.server.query.parse;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beamcat.icat.server.query.ast.Literal;

/** Turns literal token text into values, rejecting anything out of range with a message instead of an exception. */
final class LiteralParser {

    static final String ENUM_PREFIX = "org.icatproject.";

    private static final Pattern TIMESTAMP = Pattern.compile("\\{ts (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})}");
    private static final DateTimeFormatter TIMESTAMP_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String LONG_MAX = Long.toString(Long.MAX_VALUE);

    private LiteralParser() {
    }

    static Literal.StringLiteral string(String tokenText) {
        String body = tokenText.substring(1, tokenText.length() - 1);
        return new Literal.StringLiteral(body.replace("''", "'"));
    }

    static long integer(String digits, int position) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        // Compare as text first: parsing a 100,000-digit number just to reject it would be wasted work.
        if (significant.length() > LONG_MAX.length()
                || significant.length() == LONG_MAX.length() && significant.compareTo(LONG_MAX) > 0) {
            throw QuerySyntaxError.at(position, "Integer " + TokenDescriptions.quote(digits)
                    + " is too large (the maximum is " + LONG_MAX + ")");
        }
        return Long.parseLong(significant);
    }

    static int limitValue(String digits, int position, String what) {
        long value = integer(digits, position);
        if (value > Integer.MAX_VALUE) {
            throw QuerySyntaxError.at(position, "LIMIT " + what + " " + value + " is too large (the maximum is "
                    + Integer.MAX_VALUE + ")");
        }
        return (int) value;
    }

    static BigDecimal decimal(String text, int position) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (Double.isInfinite(value.doubleValue())) {
                throw QuerySyntaxError.at(position, "Number " + TokenDescriptions.quote(text) + " is out of range");
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            throw QuerySyntaxError.at(position, "Number " + TokenDescriptions.quote(text) + " is out of range");
        }
    }

    static LocalDateTime timestamp(String text, int position) {
        Matcher matcher = TIMESTAMP.matcher(text);
        if (!matcher.matches()) {
            throw QuerySyntaxError.at(position, "Timestamp literal " + TokenDescriptions.quote(text)
                    + " must have the form {ts yyyy-MM-dd HH:mm:ss}");
        }
        try {
            return LocalDateTime.parse(matcher.group(1), TIMESTAMP_FORMAT);
        } catch (DateTimeParseException e) {
            throw QuerySyntaxError.at(position, "Timestamp literal " + TokenDescriptions.quote(text)
                    + " is not a valid date and time");
        }
    }

    /** {@code org.icatproject.ParameterValueType.NUMERIC}: the full name, case-sensitive, as ICAT requires. */
    static Literal.EnumLiteral enumConstant(String text, int position) {
        if (!text.startsWith(ENUM_PREFIX)) {
            throw QuerySyntaxError.at(position, "Enum literal " + TokenDescriptions.quote(text)
                    + " must start with " + ENUM_PREFIX);
        }
        String rest = text.substring(ENUM_PREFIX.length());
        int dot = rest.indexOf('.');
        return new Literal.EnumLiteral(rest.substring(0, dot), rest.substring(dot + 1));
    }

    static Literal.CurrentUser parameter(String text, int position) {
        if (!text.equals(":user")) {
            throw QuerySyntaxError.at(position, "Unknown parameter " + TokenDescriptions.quote(text)
                    + "; the only parameter ICAT queries may use is :user");
        }
        return new Literal.CurrentUser();
    }
}
