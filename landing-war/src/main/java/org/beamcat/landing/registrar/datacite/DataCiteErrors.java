package org.beamcat.landing.registrar.datacite;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code errors} array of a DataCite error response, e.g.
 * {@code {"errors":[{"status":"422","source":"doi","title":"This DOI has already been taken"}]}}.
 * Kept word for word: DataCite's titles are what its support desk and its status page talk about.
 */
record DataCiteErrors(List<Entry> entries) {

    record Entry(String source, String title) {
        @Override
        public String toString() {
            return source == null ? title : title + " (" + source + ")";
        }
    }

    /** Reads the body; anything that is not a JSON:API error document (a proxy's HTML page) is kept as text. */
    static DataCiteErrors of(int status, String body) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (JsonValue value : JsonApiDocuments.parse(body).getJsonArray("errors")) {
                JsonObject error = value.asJsonObject();
                entries.add(new Entry(error.getString("source", null), error.getString("title", "HTTP " + status)));
            }
        } catch (RuntimeException notJsonApi) {
            String text = body == null || body.isBlank() ? "HTTP " + status : body.strip();
            entries.add(new Entry(null, text.length() > 300 ? text.substring(0, 300) + "…" : text));
        }
        return new DataCiteErrors(List.copyOf(entries));
    }

    /** True if an error points at this attribute; DataCite's 422s carry it as {@code source}. */
    boolean concern(String source) {
        return entries.stream().anyMatch(entry -> source.equals(entry.source()));
    }

    String message() {
        return entries.stream().map(Entry::toString).collect(Collectors.joining("; "));
    }
}
