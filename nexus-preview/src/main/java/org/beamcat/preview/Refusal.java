package org.beamcat.preview;

import java.util.Objects;

/**
 * A typed "cannot preview" answer. The detail names HDF5 paths and file names relative to the master
 * file, never a server path or an exception text.
 */
public record Refusal(RefusalReason reason, String detail) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
