package org.beamcat.messages;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Typed reads of JSON fields that record a problem instead of throwing, so one pass finds every wrong
 * type. Absent fields come back as null (a JSON null is a wrong type, as
 * in the schemas) and the record's constructor says whether that is allowed.
 * These checks and the records' together are the JSON schemas' rules, written out by hand (see README).
 */
final class JsonFields {

    private final JsonObject object;
    private final String path;
    private final Problems problems;

    JsonFields(JsonObject object, String path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** The schemas say additionalProperties: false; a misspelt key must not be silently ignored. */
    JsonFields onlyKeys(Set<String> allowed) {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(path + "/" + key, "is not a field of this message");
            }
        }
        return this;
    }

    String string(String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        problems.add(path + "/" + key, "must be a string, got " + typeOf(value));
        return null;
    }

    Boolean bool(String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        problems.add(path + "/" + key, "must be true or false, got " + typeOf(value));
        return null;
    }

    JsonObject object(String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject child) {
            return child;
        }
        problems.add(path + "/" + key, "must be an object, got " + typeOf(value));
        return null;
    }

    JsonArray array(String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonArray items) {
            return items;
        }
        problems.add(path + "/" + key, "must be an array, got " + typeOf(value));
        return null;
    }

    /** A whole number that fits a Java long; null (with a problem) otherwise. */
    Long integer(String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            try {
                BigDecimal exact = number.bigDecimalValue();
                if (exact.stripTrailingZeros().scale() <= 0) {
                    return exact.longValueExact();
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // Too large, or a huge exponent the implementation will not expand.
                return fail(key, value);
            }
        }
        return fail(key, value);
    }

    private Long fail(String key, JsonValue value) {
        String shown = value instanceof JsonNumber ? FieldRules.shorten(value.toString()) : typeOf(value);
        problems.add(path + "/" + key, "must be a whole number, got " + shown);
        return null;
    }

    static String typeOf(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
    }
}
