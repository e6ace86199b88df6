package org.beamcat.icat.server.query.ast;

import java.util.List;

/** One comma-separated element of a FROM clause, with the joins that follow it. */
public sealed interface FromItem {

    String variable();

    List<Join> joins();

    /** {@code Dataset ds JOIN ...}: a range over an entity type. */
    record EntityRange(String entity, String variable, List<Join> joins) implements FromItem {
        public EntityRange {
            joins = List.copyOf(joins);
        }
    }

    /** {@code ds.investigation inv} or {@code IN(ds.parameters) p}: a variable over a path from an earlier one. */
    record PathRange(Path path, String variable, List<Join> joins) implements FromItem {
        public PathRange {
            joins = List.copyOf(joins);
        }
    }
}
