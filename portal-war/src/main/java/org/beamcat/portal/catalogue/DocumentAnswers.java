package org.beamcat.portal.catalogue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the engine's {@code search/documents} answer into a {@link DocumentPage}. */
final class DocumentAnswers {

    private DocumentAnswers() {
    }

    static DocumentPage page(JsonObject answer) {
        List<DocumentHit> hits = new ArrayList<>();
        JsonArray results = answer.getJsonArray("results");
        if (results != null) {
            for (JsonValue value : results) {
                JsonObject result = value.asJsonObject();
                Long id = IcatJson.number(result, "id");
                if (id == null) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                JsonObject source = result.getJsonObject("source");
                if (source != null) {
                    source.forEach((name, field) -> {
                        String text = text(field);
                        if (text != null) {
                            fields.put(name, text);
                        }
                    });
                }
                hits.add(new DocumentHit(id, fields));
            }
        }
        JsonValue after = answer.get("search_after");
        String cursor = after instanceof JsonArray array && !array.isEmpty() ? array.toString() : null;
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        JsonObject dimensions = answer.getJsonObject("dimensions");
        if (dimensions != null) {
            dimensions.forEach((key, labels) -> {
                if (labels instanceof JsonObject object) {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    object.forEach((label, count) -> {
                        Long n = count instanceof JsonNumber number ? Long.valueOf(number.longValue())
                                : count instanceof JsonObject range ? IcatJson.number(range, "count") : null;
                        if (n != null) {
                            counts.put(label, n);
                        }
                    });
                    int dot = key.indexOf('.');
                    facets.put(dot >= 0 ? key.substring(dot + 1) : key, counts);
                }
            });
        }
        Long total = IcatJson.number(answer, "total");
        return new DocumentPage(hits, total == null ? hits.size() : total, cursor, facets);
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(DocumentAnswers::text).filter(t -> t != null).collect(Collectors.joining(", "));
        }
        return null;
    }
}
