package org.beamcat.icat.server.query.ast;

/** One item of the SELECT list: a path (variable, related object or attribute) or an aggregate over a path. */
public sealed interface SelectItem {

    Path path();

    record PathItem(Path path) implements SelectItem {
    }

    record AggregateItem(AggregateFunction function, boolean distinct, Path path) implements SelectItem {
    }
}
