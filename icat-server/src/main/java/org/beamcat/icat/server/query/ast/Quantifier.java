package org.beamcat.icat.server.query.ast;

/** {@code ALL}, {@code ANY} or {@code SOME} before a sub-select in a comparison. */
public enum Quantifier {
    ALL, ANY, SOME
}
