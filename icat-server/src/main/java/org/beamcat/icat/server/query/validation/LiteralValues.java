package org.beamcat.icat.server.query.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Date;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.ValueType;
import org.beamcat.icat.server.query.ast.Literal;

/**
 * Decides the Java value each literal is bound to. Alone a literal keeps its natural type; compared with an
 * attribute it takes the attribute's type, so that bound parameters match their columns on every database
 * (ICAT relied on the database to coerce, e.g. {@code s.startDate <= '2014-01-01 12:00:00'}; with bound parameters
 * PostgreSQL would refuse a varchar there, so the string is parsed here instead).
 *
 * <p>Bound types: String, Integer, Long, Double, Boolean, Character (LIKE ESCAPE, TRIM), {@link Date} (timestamps,
 * in the server's time zone as ICAT does) and {@link EnumValue}.
 */
final class LiteralValues {

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ZoneId zone;

    LiteralValues(ZoneId zone) {
        this.zone = zone;
    }

    /** The value of a literal that nothing gives a type to (arithmetic operand, both sides literal, ...). */
    Object natural(Literal literal) throws IcatServerException {
        if (literal instanceof Literal.StringLiteral string) {
            return string.value();
        } else if (literal instanceof Literal.IntegerLiteral integer) {
            long value = integer.value();
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
        } else if (literal instanceof Literal.DecimalLiteral decimal) {
            return decimal.value().doubleValue();
        } else if (literal instanceof Literal.BooleanLiteral bool) {
            return bool.value();
        } else if (literal instanceof Literal.TimestampLiteral timestamp) {
            return date(timestamp.value());
        } else if (literal instanceof Literal.EnumLiteral enumLiteral) {
            if (!IcatEnums.isKnown(enumLiteral.enumType(), enumLiteral.constant())) {
                throw Problems.bad("org.icatproject." + enumLiteral.enumType() + "." + enumLiteral.constant()
                        + " is not an ICAT enum constant (" + IcatEnums.describe(enumLiteral.enumType()) + ")");
            }
            return new EnumValue(enumLiteral.enumType(), enumLiteral.constant());
        }
        return null; // :user, bound by the translator to the session's user name
    }

    static ExpressionType naturalType(Literal literal) {
        if (literal instanceof Literal.IntegerLiteral) {
            return ExpressionType.of(ValueType.LONG);
        } else if (literal instanceof Literal.DecimalLiteral) {
            return ExpressionType.of(ValueType.DOUBLE);
        } else if (literal instanceof Literal.BooleanLiteral) {
            return ExpressionType.of(ValueType.BOOLEAN);
        } else if (literal instanceof Literal.TimestampLiteral) {
            return ExpressionType.of(ValueType.TIMESTAMP);
        } else if (literal instanceof Literal.EnumLiteral) {
            return ExpressionType.of(ValueType.ENUM);
        }
        return ExpressionType.of(ValueType.STRING);
    }

    /** The value of a literal compared with (or assigned to) something of type {@code target}. */
    Object against(Literal literal, ExpressionType target, String targetDescription) throws IcatServerException {
        if (!(target instanceof ExpressionType.Value value)) {
            throw Problems.bad("Cannot compare " + targetDescription + " (" + target + ") with "
                    + describe(literal));
        }
        ValueType type = value.valueType();
        Object natural = natural(literal);
        switch (type) {
            case STRING -> {
                if (literal instanceof Literal.StringLiteral || literal instanceof Literal.CurrentUser) {
                    return natural;
                }
            }
            case INTEGER, LONG, DOUBLE -> {
                BigDecimal number = number(literal);
                if (number != null) {
                    return numberOf(type, number);
                }
            }
            case BOOLEAN -> {
                if (literal instanceof Literal.BooleanLiteral) {
                    return natural;
                }
            }
            case TIMESTAMP -> {
                if (literal instanceof Literal.TimestampLiteral) {
                    return natural;
                }
                if (literal instanceof Literal.StringLiteral string) {
                    return timestamp(string.value(), targetDescription);
                }
            }
            case ENUM -> {
                if (literal instanceof Literal.EnumLiteral) {
                    return natural;
                }
                throw Problems.bad("Compare " + targetDescription + " with a full enum name such as "
                        + "org.icatproject.ParameterValueType.NUMERIC, not " + describe(literal));
            }
        }
        throw Problems.bad("Cannot compare " + targetDescription + " (" + type + ") with " + describe(literal));
    }

    /** A number, or a string holding one (ICAT's database coerced these); null otherwise. */
    private static BigDecimal number(Literal literal) {
        if (literal instanceof Literal.IntegerLiteral integer) {
            return BigDecimal.valueOf(integer.value());
        } else if (literal instanceof Literal.DecimalLiteral decimal) {
            return decimal.value();
        } else if (literal instanceof Literal.StringLiteral string && string.value().length() <= 40) {
            try {
                return new BigDecimal(string.value().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Object numberOf(ValueType type, BigDecimal number) {
        if (type == ValueType.DOUBLE || number.stripTrailingZeros().scale() > 0) {
            return number.doubleValue();
        }
        try {
            long value = number.longValueExact();
            if (type == ValueType.INTEGER && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return (int) value;
            }
            return value;
        } catch (ArithmeticException e) {
            return number.doubleValue();
        }
    }

    private Date timestamp(String text, String targetDescription) throws IcatServerException {
        String trimmed = text.trim();
        try {
            return date(LocalDateTime.parse(trimmed, DATE_TIME));
        } catch (DateTimeParseException notDateTime) {
            try {
                return date(LocalDate.parse(trimmed, DATE).atStartOfDay());
            } catch (DateTimeParseException notDate) {
                throw Problems.bad("Cannot compare " + targetDescription + " (TIMESTAMP) with '" + text
                        + "': use {ts yyyy-MM-dd HH:mm:ss} or 'yyyy-MM-dd HH:mm:ss'");
            }
        }
    }

    private Date date(LocalDateTime value) {
        return Date.from(value.atZone(zone).toInstant());
    }

    static String describe(Literal literal) {
        if (literal instanceof Literal.StringLiteral string) {
            String value = string.value();
            return "the string '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
        } else if (literal instanceof Literal.IntegerLiteral || literal instanceof Literal.DecimalLiteral) {
            return "a number";
        } else if (literal instanceof Literal.BooleanLiteral) {
            return "a boolean";
        } else if (literal instanceof Literal.TimestampLiteral) {
            return "a timestamp";
        } else if (literal instanceof Literal.EnumLiteral enumLiteral) {
            return "the enum constant " + enumLiteral.enumType() + "." + enumLiteral.constant();
        }
        return ":user";
    }
}
