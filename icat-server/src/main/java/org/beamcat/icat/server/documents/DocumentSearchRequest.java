package org.beamcat.icat.server.documents;

import jakarta.json.JsonArray;
import java.util.List;

/**
 * A whole {@code search/documents} call: the query, the sort keys (empty: by relevance), the cursor of the
 * previous page ({@code search_after}, null for the first page) and how many hits to collect: at least
 * {@code minCount} readable hits if there are so many, never more than {@code maxCount}.
 */
public record DocumentSearchRequest(DocumentQuery query, List<SortKey> sort, JsonArray searchAfter, int minCount,
        int maxCount) {

    public DocumentSearchRequest {
        sort = List.copyOf(sort);
    }
}
