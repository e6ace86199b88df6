package org.beamcat.icat.server.searchengine;

import java.util.List;

/**
 * Where a page ended: the sort values of its last hit, in the order of the query's sort keys, then that hit's id
 * (and its score first when sorting by relevance). Values are Float (score), Long (id, dates, integral numbers),
 * Double or String. Opaque to callers beyond being serialised and sent back unchanged.
 */
public record SearchCursor(List<Object> values) {

    public SearchCursor {
        values = List.copyOf(values);
    }
}
