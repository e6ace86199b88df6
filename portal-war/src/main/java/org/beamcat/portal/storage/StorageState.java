package org.beamcat.portal.storage;

/** Where a dataset's files are, as the IDS's {@code getStatus} says; UNKNOWN when the IDS did not answer. */
public enum StorageState {
    ONLINE, RESTORING, ARCHIVED, UNKNOWN;

    /** The theme's badge class for the state (docs/web-theme.md). */
    public String badge() {
        return switch (this) {
            case ONLINE -> "bc-badge bc-badge-online";
            case RESTORING -> "bc-badge bc-badge-restoring";
            case ARCHIVED -> "bc-badge bc-badge-archived";
            case UNKNOWN -> "bc-badge";
        };
    }
}
