package org.beamcat.icat.server.query.ast;

import java.util.List;
import java.util.Optional;

/** A sub-select inside a condition: one SELECT item, its own FROM, no ORDER BY, INCLUDE or LIMIT. */
public record Subquery(boolean distinct, SelectItem selectItem, List<FromItem> from, Optional<Condition> where,
        List<Scalar> groupBy, Optional<Condition> having) {

    public Subquery {
        from = List.copyOf(from);
        groupBy = List.copyOf(groupBy);
    }
}
