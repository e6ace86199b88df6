package org.beamcat.systemtests;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/** Reads Payara's MicroProfile Health answer ({@code /health/ready}, {@code /health/live}). */
final class HealthReport {

    private final JsonObject body;

    HealthReport(JsonObject body) {
        this.body = body;
    }

    Optional<JsonObject> check(String name) {
        return body.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> name.equals(check.getString("name")))
                .findFirst();
    }

    String status(String name) {
        return check(name).map(check -> check.getString("status")).orElse("ABSENT");
    }

    /** A data value as text: Payara renders numbers and booleans in health data as JSON strings. */
    String data(String name, String key) {
        JsonValue value = check(name).map(check -> check.getJsonObject("data").get(key)).orElse(null);
        if (value == null) {
            return null;
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    @Override
    public String toString() {
        return body.toString();
    }
}
