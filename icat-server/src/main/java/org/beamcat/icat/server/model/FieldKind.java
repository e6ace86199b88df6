package org.beamcat.icat.server.model;

public enum FieldKind {
    ATTRIBUTE,
    TO_ONE,
    TO_MANY
}
