package org.beamcat.landing.registrar.fake;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** One entry of DataCite's {@code errors} array: {@code {"status":"422","source":"doi","title":"..."}}. */
record JsonApiError(int status, String source, String title, String uid) {

    static JsonApiError of(int status, String title) {
        return new JsonApiError(status, null, title, null);
    }

    static String document(List<JsonApiError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonApiError error : errors) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("status", String.valueOf(error.status()));
            if (error.source() != null) {
                entry.add("source", error.source());
            }
            entry.add("title", error.title());
            if (error.uid() != null) {
                entry.add("uid", error.uid());
            }
            array.add(entry);
        }
        return Json.createObjectBuilder().add("errors", array).build().toString();
    }
}
