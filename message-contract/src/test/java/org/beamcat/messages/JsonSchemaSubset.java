package org.beamcat.messages;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Test-only: checks a JSON value against one of our published schemas, for exactly the draft 2020-12
 * keywords those schemas use. It fails loudly on any other keyword, so a schema cannot start using one
 * that this checker (and so the examples test) would silently ignore. Not a general validator: it exists
 * so the examples prove the schemas and the Java readers agree, without a schema library in the build.
 */
final class JsonSchemaSubset {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "default",
            "format", "$defs");
    private static final Set<String> ASSERTIONS = Set.of("type", "required", "additionalProperties",
            "properties", "items", "minItems", "minLength", "maxLength", "pattern", "minimum", "maximum", "$ref");

    private final JsonObject root;

    private JsonSchemaSubset(JsonObject root) {
        this.root = root;
    }

    static JsonSchemaSubset load(String resource) {
        try (InputStream in = JsonSchemaSubset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return new JsonSchemaSubset(Json.createReader(in).readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, as "path: keyword"; empty when the value is valid. */
    List<String> violations(JsonValue value) {
        List<String> found = new ArrayList<>();
        check(root, value, "", found);
        return found;
    }

    private void check(JsonObject schema, JsonValue value, String path, List<String> found) {
        for (String keyword : schema.keySet()) {
            if (!ANNOTATIONS.contains(keyword) && !ASSERTIONS.contains(keyword)) {
                throw new IllegalStateException("schema keyword not supported by the test checker: " + keyword);
            }
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalStateException("only local $defs references are supported: " + ref);
            }
            check(root.getJsonObject("$defs").getJsonObject(ref.substring("#/$defs/".length())), value, path, found);
        }
        if (schema.containsKey("type") && !hasType(value, schema.getString("type"))) {
            found.add(path + ": type");
            return;
        }
        if (value instanceof JsonObject object) {
            checkObject(schema, object, path, found);
        }
        if (value instanceof JsonArray array) {
            if (schema.containsKey("minItems") && array.size() < schema.getInt("minItems")) {
                found.add(path + ": minItems");
            }
            if (schema.containsKey("items")) {
                for (int i = 0; i < array.size(); i++) {
                    check(schema.getJsonObject("items"), array.get(i), path + "/" + i, found);
                }
            }
        }
        if (value instanceof JsonString string) {
            String text = string.getString();
            int length = text.codePointCount(0, text.length());
            if (schema.containsKey("minLength") && length < schema.getInt("minLength")) {
                found.add(path + ": minLength");
            }
            if (schema.containsKey("maxLength") && length > schema.getInt("maxLength")) {
                found.add(path + ": maxLength");
            }
            // ECMA-262 "pattern" is unanchored; the constructs our schemas use mean the same in java.util.regex.
            if (schema.containsKey("pattern") && !Pattern.compile(schema.getString("pattern")).matcher(text).find()) {
                found.add(path + ": pattern");
            }
        }
        if (value instanceof JsonNumber number) {
            if (schema.containsKey("minimum")
                    && number.bigDecimalValue().compareTo(schema.getJsonNumber("minimum").bigDecimalValue()) < 0) {
                found.add(path + ": minimum");
            }
            if (schema.containsKey("maximum")
                    && number.bigDecimalValue().compareTo(schema.getJsonNumber("maximum").bigDecimalValue()) > 0) {
                found.add(path + ": maximum");
            }
        }
    }

    private void checkObject(JsonObject schema, JsonObject object, String path, List<String> found) {
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : null;
        if (schema.containsKey("required")) {
            for (JsonValue name : schema.getJsonArray("required")) {
                if (!object.containsKey(((JsonString) name).getString())) {
                    found.add(path + "/" + ((JsonString) name).getString() + ": required");
                }
            }
        }
        for (String key : object.keySet()) {
            if (properties != null && properties.containsKey(key)) {
                check(properties.getJsonObject(key), object.get(key), path + "/" + key, found);
            } else if (schema.containsKey("additionalProperties")) {
                if (schema.get("additionalProperties") != JsonValue.FALSE) {
                    throw new IllegalStateException("only additionalProperties: false is supported");
                }
                found.add(path + "/" + key + ": additionalProperties");
            }
        }
    }

    private static boolean hasType(JsonValue value, String type) {
        return switch (type) {
            case "object" -> value instanceof JsonObject;
            case "array" -> value instanceof JsonArray;
            case "string" -> value instanceof JsonString;
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            case "integer" -> value instanceof JsonNumber n && n.bigDecimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> value instanceof JsonNumber;
            default -> throw new IllegalStateException("type not supported by the test checker: " + type);
        };
    }
}
