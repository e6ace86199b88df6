package org.beamcat.icat.server.searchengine;

import java.util.Arrays;
import java.util.Optional;

/** The three entities the search engine indexes, by their ICAT names. */
public enum EntityKind {

    INVESTIGATION("Investigation"),
    DATASET("Dataset"),
    DATAFILE("Datafile");

    private final String icatName;

    EntityKind(String icatName) {
        this.icatName = icatName;
    }

    public String icatName() {
        return icatName;
    }

    public static Optional<EntityKind> ofIcatName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.icatName.equals(name)).findFirst();
    }
}
