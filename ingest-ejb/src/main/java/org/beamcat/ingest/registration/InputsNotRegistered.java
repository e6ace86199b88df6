package org.beamcat.ingest.registration;

import java.util.List;

/**
 * Processed data names raw input datasets that are not registered yet. Not a rejection: the raw data
 * may simply arrive later, so the message waits and is tried again (nothing was written before this
 * is thrown).
 */
public class InputsNotRegistered extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    public InputsNotRegistered(List<String> missing) {
        super("input datasets not registered yet: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
