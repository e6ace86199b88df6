package org.beamcat.icat.server.port;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.model.ValueType;

/** Values as a dump writes them, and dump tokens back to the Java value of a field. */
final class DumpValues {

    private final IcatDateFormat dates;

    DumpValues(IcatDateFormat dates) {
        this.dates = dates;
    }

    /** {@code null}, a quoted escaped string, a number, true/false, an enum constant or an ISO-8601 timestamp. */
    String format(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Date date) {
            return dates.format(date);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
            return "null";
        }
        return value.toString();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\b' -> out.append("\\b");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The value of a token for a field of this type; {@code null} for the null token. */
    Object convert(DumpToken token, ValueType type, Class<?> javaType, String what) throws DumpFormatException {
        if (token.is(DumpToken.Type.NULL)) {
            return null;
        }
        try {
            switch (type) {
                case STRING:
                    if (token.is(DumpToken.Type.STRING)) {
                        return token.text();
                    }
                    break;
                case INTEGER:
                    if (token.is(DumpToken.Type.INTEGER)) {
                        return Integer.valueOf(token.text());
                    }
                    break;
                case LONG:
                    if (token.is(DumpToken.Type.INTEGER)) {
                        return Long.valueOf(token.text());
                    }
                    break;
                case DOUBLE:
                    if (token.is(DumpToken.Type.INTEGER) || token.is(DumpToken.Type.REAL)) {
                        return Double.valueOf(token.text());
                    }
                    break;
                case BOOLEAN:
                    if (token.is(DumpToken.Type.BOOLEAN)) {
                        return Boolean.valueOf(token.text());
                    }
                    break;
                case TIMESTAMP:
                    if (token.is(DumpToken.Type.TIMESTAMP)) {
                        return timestamp(token.text(), dates.zone());
                    }
                    break;
                case ENUM:
                    if (token.is(DumpToken.Type.NAME) || token.is(DumpToken.Type.STRING)) {
                        return enumConstant(javaType, token.text(), what);
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new DumpFormatException(token + " is not a valid " + type + " for " + what);
        }
        throw new DumpFormatException("Expected " + describe(type) + " for " + what + " but found " + token);
    }

    static Date timestamp(String text, ZoneId zone) {
        boolean zoned = text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$");
        if (zoned) {
            return Date.from(OffsetDateTime.parse(text).toInstant());
        }
        return Date.from(LocalDateTime.parse(text).atZone(zone).toInstant());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> javaType, String text, String what) throws DumpFormatException {
        try {
            return Enum.valueOf((Class) javaType, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder names = new StringBuilder();
            for (Object constant : javaType.getEnumConstants()) {
                names.append(names.length() == 0 ? "" : ", ").append(((Enum<?>) constant).name());
            }
            throw new DumpFormatException(text + " is not one of " + names + " for " + what);
        }
    }

    private static String describe(ValueType type) {
        return switch (type) {
            case STRING -> "a quoted string";
            case INTEGER, LONG -> "an integer";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
            case TIMESTAMP -> "a timestamp";
            case ENUM -> "an enum constant";
        };
    }
}
