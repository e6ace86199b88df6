package org.beamcat.icat.server.query.ast;

/** {@code CURRENT_DATE}, {@code CURRENT_TIME} and {@code CURRENT_TIMESTAMP}, evaluated by the database. */
public enum CurrentDateTime {
    CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP
}
