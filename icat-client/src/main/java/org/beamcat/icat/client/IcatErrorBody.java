package org.beamcat.icat.client;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Turns an ICAT error response ({@code {"code":…,"message":…,"offset":…}}) into an {@link IcatException}. */
final class IcatErrorBody {

    private IcatErrorBody() {
    }

    static IcatException toException(int httpStatus, String body) {
        JsonObject json = parseObject(body);
        if (json != null && json.get("code") instanceof JsonString code) {
            String message = json.get("message") instanceof JsonString text ? text.getString() : "";
            int offset = json.get("offset") instanceof JsonNumber number ? number.intValue() : -1;
            try {
                return new IcatException(IcatErrorType.valueOf(code.getString()), message, offset);
            } catch (IllegalArgumentException unknownCode) {
                return new IcatException(IcatErrorType.INTERNAL, code.getString() + ": " + message, offset);
            }
        }
        String excerpt = body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
        return new IcatException(IcatErrorType.INTERNAL,
                "ICAT answered HTTP " + httpStatus + " without an ICAT error body: " + excerpt, -1);
    }

    private static JsonObject parseObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException notJson) {
            return null;
        }
    }
}
