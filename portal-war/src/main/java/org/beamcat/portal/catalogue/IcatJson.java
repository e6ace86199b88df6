package org.beamcat.portal.catalogue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import org.beamcat.icat.client.IcatDates;

/** Reading the catalogue's entity JSON, where any field may be absent or null. */
final class IcatJson {

    private IcatJson() {
    }

    /** The fields of a row such as {@code {"Dataset":{…}}}. */
    static JsonObject inner(JsonValue row, String entity) {
        return row.asJsonObject().getJsonObject(entity);
    }

    static String text(JsonObject object, String field) {
        JsonValue value = object == null ? null : object.get(field);
        return value instanceof JsonString s ? s.getString() : null;
    }

    /** A related entity's field, e.g. the name of a dataset's {@code type}; null when not included or absent. */
    static String text(JsonObject object, String relation, String field) {
        JsonValue related = object == null ? null : object.get(relation);
        return related instanceof JsonObject o ? text(o, field) : null;
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    static Long number(JsonValue value) {
        return value instanceof JsonNumber n ? n.longValue() : null;
    }

    static Long number(JsonObject object, String field) {
        return object == null ? null : number(object.get(field));
    }

    static Double decimal(JsonObject object, String field) {
        JsonValue value = object == null ? null : object.get(field);
        return value instanceof JsonNumber n ? n.doubleValue() : null;
    }

    static Instant date(JsonObject object, String field) {
        String text = text(object, field);
        if (text == null) {
            return null;
        }
        try {
            return IcatDates.parse(text).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
