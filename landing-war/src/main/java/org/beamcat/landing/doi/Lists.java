package org.beamcat.landing.doi;

import java.util.List;

/** Immutable copies for the metadata records: a missing list is an empty list. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
