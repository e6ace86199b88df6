package org.beamcat.icat.server.entity;

/**
 * Which value field a parameter of a {@link ParameterType} uses. Stored by name (not ICAT's ordinal)
 * so that the rows read the same as the wire and a reordering cannot corrupt them.
 */
public enum ParameterValueType {
    DATE_AND_TIME,
    NUMERIC,
    STRING
}
