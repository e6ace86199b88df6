package org.beamcat.icat.server.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.NulCharacter;
import org.beamcat.icat.server.model.FieldInfo;

/**
 * Turns the JSON value given for an attribute into the field's Java type, refusing anything that does not fit
 * (contract 1.4.5): strings for strings, integral numbers for Integer/Long, any number for Double, only
 * {@code true}/{@code false} for booleans, enum names (any case, as ICAT accepts {@code "numeric"}) and dates in
 * exactly {@link IcatDateFormat#PATTERN}.
 */
final class AttributeParser {

    private final IcatDateFormat dates;

    AttributeParser(IcatDateFormat dates) {
        this.dates = dates;
    }

    Object parse(EntityAccessor accessor, FieldInfo field, JsonValue json) throws IcatServerException {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String where = accessor.name() + "." + field.name();
        return switch (field.valueType()) {
            case STRING -> string(json, where, "a JSON string");
            case INTEGER -> {
                JsonNumber number = integral(json, where);
                try {
                    yield number.intValueExact();
                } catch (ArithmeticException e) {
                    throw bad(where + " is out of range: " + number);
                }
            }
            case LONG -> {
                JsonNumber number = integral(json, where);
                try {
                    yield number.longValueExact();
                } catch (ArithmeticException e) {
                    throw bad(where + " is out of range: " + number);
                }
            }
            case DOUBLE -> {
                if (!(json instanceof JsonNumber number)) {
                    throw bad(where + " must be a JSON number, not " + json.getValueType());
                }
                // 1e400 would be stored as Infinity, which no JSON answer could then carry.
                if (!Double.isFinite(number.doubleValue())) {
                    throw bad(where + " is out of range: " + number);
                }
                yield number.doubleValue();
            }
            case BOOLEAN -> {
                if (json.getValueType() == JsonValue.ValueType.TRUE) {
                    yield Boolean.TRUE;
                } else if (json.getValueType() == JsonValue.ValueType.FALSE) {
                    yield Boolean.FALSE;
                }
                throw bad(where + " must be true or false, not " + json);
            }
            case TIMESTAMP -> {
                String text = string(json, where, "a date string");
                yield dates.parse(text).orElseThrow(() -> bad("Badly formatted date \"" + text + "\" for " + where
                        + ": the format is " + IcatDateFormat.PATTERN));
            }
            case ENUM -> enumConstant(accessor.javaType(field.name()), string(json, where, "a JSON string"), where);
        };
    }

    private static String string(JsonValue json, String where, String expected) throws IcatServerException {
        if (json instanceof JsonString string) {
            NulCharacter.refuseIn(string.getString(), where);
            return string.getString();
        }
        throw bad(where + " must be " + expected + ", not " + json.getValueType());
    }

    private static JsonNumber integral(JsonValue json, String where) throws IcatServerException {
        if (json instanceof JsonNumber number && number.isIntegral()) {
            return number;
        }
        throw bad(where + " must be an integral JSON number, not " + json);
    }

    private static Object enumConstant(Class<?> enumType, String name, String where) throws IcatServerException {
        for (Object constant : enumType.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name.toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw bad(where + " must be one of " + Arrays.toString(enumType.getEnumConstants()) + ", not \"" + name
                + "\"");
    }

    private static IcatServerException bad(String message) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, message);
    }
}
