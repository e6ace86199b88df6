package org.beamcat.icat.server.search;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.validation.SelectedItem;

/**
 * The answer to a search, ready for serialisation (contract 1.4.4).
 *
 * @param selectedItems what each SELECT item is (entity, attribute, aggregate), in order
 * @param rows          one element per result row: with one SELECT item the entity ({@code EntityBase}) or the
 *                      scalar value itself (may be null); with several items an unmodifiable {@code List<Object>}
 *                      per row; an aggregate gives one row ({@code [0]} for COUNT over nothing, {@code [null]}
 *                      for MIN/MAX/AVG/SUM)
 * @param include       what INCLUDE asked for, when it did (then every row is an entity)
 * @param loaded        the INCLUDEd objects the caller may read; empty without INCLUDE
 */
public record SearchResult(List<SelectedItem> selectedItems, List<Object> rows, Optional<IncludeGraph> include,
        LoadedGraph loaded) {

    public SearchResult {
        selectedItems = List.copyOf(selectedItems);
        rows = Collections.unmodifiableList(rows);
    }

    public boolean isMultiItem() {
        return selectedItems.size() > 1;
    }
}
