package org.beamcat.icat.server.searchengine.outbox;

import java.util.Arrays;
import java.util.Optional;

/** What an outbox row asks of the index (the table's OPERATION column). */
public enum OutboxOperation {

    /** Index the entity again from the database (removed from the index if it no longer exists). */
    UPDATE('U'),
    /** As UPDATE, and every entity below it (its fields appear in their documents). */
    UPDATE_WITH_DESCENDANTS('C'),
    /** The entity and everything below it are deleted. */
    DELETE('D');

    private final char code;

    OutboxOperation(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static Optional<OutboxOperation> ofCode(char code) {
        return Arrays.stream(values()).filter(operation -> operation.code == code).findFirst();
    }
}
