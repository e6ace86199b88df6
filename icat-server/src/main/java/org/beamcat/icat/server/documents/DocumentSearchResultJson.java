package org.beamcat.icat.server.documents;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Writes a {@link DocumentSearchResult} in icat.server 6.1's shape: {@code search_after} when there is a next
 * page, {@code dimensions} as {@code {"Target.dimension": {"label": count}}} when facets were counted (a
 * range label as {@code {"from", "to", "count"}} in {@code facet/documents}), and {@code results} as
 * {@code [{"id", "score"?, "source"}]} (no score when it is NaN, as when sorted by a field). BeamCat adds
 * {@code total}, the number of readable matches (the port counts it exactly for the caller).
 */
public final class DocumentSearchResultJson {

    private DocumentSearchResultJson() {
    }

    /** The {@code search/documents} answer. */
    public static String searchAnswer(DocumentSearchResult result) {
        JsonObjectBuilder answer = Json.createObjectBuilder();
        if (result.searchAfter() != null) {
            answer.add("search_after", result.searchAfter());
        }
        if (!result.dimensions().isEmpty()) {
            answer.add("dimensions", dimensions(result, false));
        }
        JsonArrayBuilder hits = Json.createArrayBuilder();
        for (DocumentSearchResult.Hit hit : result.hits()) {
            JsonObjectBuilder h = Json.createObjectBuilder().add("id", hit.id());
            if (!Float.isNaN(hit.score())) {
                h.add("score", hit.score());
            }
            hits.add(h.add("source", hit.source()));
        }
        // Not in icat.server's answer: the exact number of readable matches, which its clients ignore.
        return answer.add("total", result.total()).add("results", hits).build().toString();
    }

    /** The {@code facet/documents} answer: the dimensions only, ranges with their bounds. */
    public static String facetAnswer(DocumentSearchResult result) {
        JsonObjectBuilder answer = Json.createObjectBuilder();
        if (!result.dimensions().isEmpty()) {
            answer.add("dimensions", dimensions(result, true));
        }
        return answer.build().toString();
    }

    private static JsonObjectBuilder dimensions(DocumentSearchResult result, boolean rangeBounds) {
        JsonObjectBuilder dimensions = Json.createObjectBuilder();
        for (DocumentSearchResult.FacetDimension dimension : result.dimensions()) {
            JsonObjectBuilder labels = Json.createObjectBuilder();
            for (DocumentSearchResult.FacetLabel label : dimension.labels()) {
                if (rangeBounds && (label.from() != null || label.to() != null)) {
                    JsonObjectBuilder range = Json.createObjectBuilder();
                    if (label.from() != null) {
                        range.add("from", label.from());
                    }
                    if (label.to() != null) {
                        range.add("to", label.to());
                    }
                    labels.add(label.label(), range.add("count", label.count()));
                } else {
                    labels.add(label.label(), label.count());
                }
            }
            dimensions.add(dimension.target() + "." + dimension.dimension(), labels);
        }
        return dimensions;
    }
}
