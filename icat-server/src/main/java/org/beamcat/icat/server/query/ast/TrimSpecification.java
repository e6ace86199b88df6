package org.beamcat.icat.server.query.ast;

public enum TrimSpecification {
    LEADING, TRAILING, BOTH
}
