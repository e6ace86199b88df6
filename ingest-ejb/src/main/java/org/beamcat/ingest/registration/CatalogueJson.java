package org.beamcat.ingest.registration;

import jakarta.json.Json;
import org.beamcat.icat.client.IcatDates;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Small readers and builders of the catalogue's JSON that the use cases share. */
final class CatalogueJson {

    private CatalogueJson() {
    }

    /** A date field of an entity, or null when the entity has none. */
    static OffsetDateTime date(JsonObject entity, String field) {
        JsonValue value = entity.get(field);
        return value instanceof JsonString text ? IcatDates.parse(text.getString()) : null;
    }

    /** The values of a one-column search as text (strings, and numbers as written). */
    static List<String> strings(JsonArray values) {
        List<String> result = new ArrayList<>();
        for (JsonValue value : values) {
            if (value instanceof JsonString text) {
                result.add(text.getString());
            } else if (value instanceof JsonNumber number) {
                result.add(number.toString());
            }
        }
        return result;
    }

    /** A ParameterType entity as registration uses it. */
    static ParameterTypeInfo parameterType(JsonObject type) {
        return new ParameterTypeInfo(type.getJsonNumber("id").longValue(), type.getString("name"),
                type.getString("units", null), type.getString("valueType", "STRING"), type.getString("description", null));
    }

    /** A reference to an existing entity, {@code {"id": n}}. */
    static JsonObject ref(long id) {
        return Json.createObjectBuilder().add("id", id).build();
    }
}
