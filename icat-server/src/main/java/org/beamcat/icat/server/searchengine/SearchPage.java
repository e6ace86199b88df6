package org.beamcat.icat.server.searchengine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of readable hits.
 *
 * @param hits   in order
 * @param total  how many readable entities match in all
 * @param facets per requested field (in request order), its counts
 * @param next   the cursor for the next page, empty when this page is the last
 */
public record SearchPage(List<Hit> hits, long total, List<FacetResult> facets, Optional<SearchCursor> next) {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /**
     * @param score  relevance (NaN when the query had no free text)
     * @param source the document's stored text, date and number fields (dates and numbers as text)
     */
    public record Hit(long id, float score, Map<String, List<String>> source) {
    }

    /** Counts per value (or range label), most frequent first for values, in request order for ranges. */
    public record FacetResult(String field, List<FacetCount> counts) {
        public FacetResult {
            counts = List.copyOf(counts);
        }
    }

    public record FacetCount(String value, long count) {
    }
}
