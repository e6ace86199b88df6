package org.beamcat.portal.catalogue;

import java.util.List;
import java.util.Map;

/**
 * One page of a document search: the hits, the number of readable matches, the cursor of the next page (the
 * engine's {@code search_after} as JSON text; null on the last page) and the facet counts by dimension, each
 * label with its count in the order the engine gave.
 */
public record DocumentPage(List<DocumentHit> hits, long total, String nextCursor, Map<String, Map<String, Long>> facets) {

    public DocumentPage {
        hits = List.copyOf(hits);
    }
}
