package org.beamcat.icat.server.port;

/** What an import does with a row whose unique key is already in the catalogue (ICAT's DuplicateAction). */
public enum DuplicateAction {
    /** Fail with OBJECT_ALREADY_EXISTS (the default). */
    THROW,
    /** Keep the stored row, skip the dumped one. */
    IGNORE,
    /** Keep the stored row, but fail with VALIDATION when the dumped one differs from it. */
    CHECK,
    /** Update the stored row with the dumped values. */
    OVERWRITE
}
