package org.beamcat.icat.server.documents;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * What a document search found for its caller: the hits in order, the cursor for the next page (null when
 * there is none), the facet counts (empty when none were asked for) and how many readable entities match in all.
 */
public record DocumentSearchResult(JsonArray searchAfter, List<Hit> hits, List<FacetDimension> dimensions, long total) {

    public DocumentSearchResult {
        hits = List.copyOf(hits);
        dimensions = List.copyOf(dimensions);
    }

    /** A readable hit: the entity id, its score (NaN when sorted by a field) and its document. */
    public record Hit(long id, float score, JsonObject source) {
    }

    /** The counts of one dimension of one facet target, labels in the engine's order. */
    public record FacetDimension(String target, String dimension, List<FacetLabel> labels) {
        public FacetDimension {
            labels = List.copyOf(labels);
        }
    }

    /** A value (or range key) and how many readable hits have it; from/to only for ranges. */
    public record FacetLabel(String label, long count, Double from, Double to) {
    }
}
