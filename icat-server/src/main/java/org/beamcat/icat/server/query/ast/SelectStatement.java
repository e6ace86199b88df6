package org.beamcat.icat.server.query.ast;

import java.util.List;
import java.util.Optional;

/** A whole JPQL-like ICAT query (contract 3.2). */
public record SelectStatement(boolean distinct, List<SelectItem> selectItems, List<FromItem> from,
        Optional<Condition> where, List<Scalar> groupBy, Optional<Condition> having, List<OrderItem> orderBy,
        Optional<IncludeClause> include, Optional<Limit> limit) {

    public SelectStatement {
        selectItems = List.copyOf(selectItems);
        from = List.copyOf(from);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
    }
}
