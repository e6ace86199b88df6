package org.beamcat.icat.server.write;

/** What a write does to a row, as the CRUD rules know it (C, U, D; R is the search layer's business). */
public enum WriteOperation {
    CREATE,
    UPDATE,
    DELETE
}
