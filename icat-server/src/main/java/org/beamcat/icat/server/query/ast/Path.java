package org.beamcat.icat.server.query.ast;

import java.util.List;

/**
 * An identification variable followed by zero or more field names, e.g. {@code ds.investigation.facility}.
 * Whether the variable is declared and each field exists is decided by the validator.
 */
public record Path(String variable, List<String> fields) {

    public Path {
        fields = List.copyOf(fields);
    }

    public static Path of(String variable, String... fields) {
        return new Path(variable, List.of(fields));
    }

    public boolean isVariableOnly() {
        return fields.isEmpty();
    }

    @Override
    public String toString() {
        return fields.isEmpty() ? variable : variable + "." + String.join(".", fields);
    }
}
