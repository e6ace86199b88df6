package org.beamcat.icat.server.entity;

/** Progress of a {@link Study}. Stored by name, like {@link ParameterValueType}. */
public enum StudyStatus {
    NEW,
    IN_PROGRESS,
    COMPLETE,
    CANCELLED
}
