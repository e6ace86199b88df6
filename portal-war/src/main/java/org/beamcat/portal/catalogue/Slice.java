package org.beamcat.portal.catalogue;

import java.util.Optional;

/**
 * Which rows of a list to fetch: a page (from 1) of {@code size} rows, sorted by one key in one direction,
 * optionally only those whose name starts with a prefix. Built from validated parameters by the use cases;
 * the adapter turns it into LIMIT, ORDER BY and a bound LIKE in the catalogue query.
 */
public record Slice<S extends Enum<S>>(int page, int size, S sort, boolean ascending, Optional<String> namePrefix) {

    public Slice {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
