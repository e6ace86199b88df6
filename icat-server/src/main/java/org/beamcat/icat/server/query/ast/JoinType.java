package org.beamcat.icat.server.query.ast;

public enum JoinType {
    INNER, LEFT
}
