package org.beamcat.icat.server.model;

/** Types of attribute values, as the query language and the JSON layer need to tell them apart. */
public enum ValueType {
    STRING,
    INTEGER,
    LONG,
    DOUBLE,
    BOOLEAN,
    /** Dates and times; written in JSON as {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX}. */
    TIMESTAMP,
    /** An enum stored by name, e.g. ParameterValueType or StudyStatus. */
    ENUM
}
