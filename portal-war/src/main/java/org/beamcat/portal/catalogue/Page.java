package org.beamcat.portal.catalogue;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total the list has (counted by the catalogue, not by loading it). */
public record Page<T>(List<T> rows, long total, int number, int size) {

    public Page {
        rows = List.copyOf(rows);
    }

    /** Pages the whole list takes; an empty list has one (empty) page. */
    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pageCount();
    }

    public <U> Page<U> map(Function<T, U> mapper) {
        return new Page<>(rows.stream().map(mapper).toList(), total, number, size);
    }
}
