package org.beamcat.icat.server.documents;

import java.util.Arrays;
import java.util.Optional;

/** The entity a document search looks for: ICAT 6.1 indexes these three. */
public enum DocumentTarget {
    INVESTIGATION("Investigation"),
    DATASET("Dataset"),
    DATAFILE("Datafile");

    private final String entityName;

    DocumentTarget(String entityName) {
        this.entityName = entityName;
    }

    public String entityName() {
        return entityName;
    }

    public static Optional<DocumentTarget> byEntityName(String name) {
        return Arrays.stream(values()).filter(t -> t.entityName.equals(name)).findFirst();
    }
}
