package org.beamcat.portal.search;

import java.util.List;

/**
 * What the search page shows: the hits of this page, how many there are in all, the facets with their counts
 * and whether each value is the chosen one, and the cursor of the next page (URL form) or null.
 */
public record SearchResult(SearchRequest request, List<Hit> hits, long total, List<FacetView> facets, String nextCursor) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /** A hit: its id, a name, a line of detail, and the portal page it opens. */
    public record Hit(long id, String name, String detail, String path) {
    }

    /** A facet: its label, its URL parameter, and the values with counts. */
    public record FacetView(String label, String parameter, List<FacetValue> values) {

        public FacetView {
            values = List.copyOf(values);
        }
    }

    /** A facet value with its count; {@code chosen} when the search is filtered by it. */
    public record FacetValue(String value, long count, boolean chosen) {
    }
}
