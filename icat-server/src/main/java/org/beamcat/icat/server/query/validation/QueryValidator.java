package org.beamcat.icat.server.query.validation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.ValueType;
import org.beamcat.icat.server.query.QueryLimits;
import org.beamcat.icat.server.query.ast.GetQuery;
import org.beamcat.icat.server.query.ast.IncludeClause;
import org.beamcat.icat.server.query.ast.OrderItem;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.ast.SelectItem;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.include.IncludeGraph;

/**
 * Checks a parsed query against the entity model. Every failure is a BAD_PARAMETER {@link IcatServerException}
 * naming the offending entity, variable, field or path. Thread-safe: each call uses fresh state.
 */
public final class QueryValidator {

    private final EntityModel model;
    private final ZoneId zone;
    private final QueryLimits limits;

    public QueryValidator(EntityModel model) {
        this(model, ZoneId.systemDefault());
    }

    /** @param zone the zone in which timestamp literals are read (ICAT: the server's local time) */
    public QueryValidator(EntityModel model, ZoneId zone) {
        this(model, zone, QueryLimits.DEFAULTS);
    }

    public QueryValidator(EntityModel model, ZoneId zone, QueryLimits limits) {
        this.model = model;
        this.zone = zone;
        this.limits = limits;
    }

    public ValidatedQuery validate(SelectStatement statement) throws IcatServerException {
        QueryShape.check(statement, limits);
        Set<String> entityNames = model.entityNames();
        PathResolver paths = new PathResolver(model);
        ExpressionChecker checker = new ExpressionChecker(paths, new LiteralValues(zone), entityNames);
        Scope scope = Scope.root();

        FromDeclarations.declare(statement.from(), scope, paths, entityNames);
        List<SelectedItem> selected = new ArrayList<>();
        for (SelectItem item : statement.selectItems()) {
            checker.selectItem(item, scope, PathUse.SELECT);
            selected.add(describe(item, paths.resolutions().get(item.path())));
        }
        if (statement.where().isPresent()) {
            checker.condition(statement.where().get(), scope, false);
        }
        checker.groupBy(statement.groupBy(), scope);
        if (statement.having().isPresent()) {
            checker.condition(statement.having().get(), scope, true);
        }
        for (OrderItem item : statement.orderBy()) {
            orderItem(item, scope, paths, checker);
        }
        Optional<IncludeGraph> include = Optional.empty();
        if (statement.include().isPresent()) {
            include = include(statement, selected, scope, paths);
        }
        return new ValidatedQuery(statement, selected, include, paths.resolutions(), checker.boundValues());
    }

    public ValidatedGet validateGet(GetQuery query) throws IcatServerException {
        PathResolver paths = new PathResolver(model);
        paths.entity(query.entity());
        Scope scope = Scope.root();
        if (query.variable().isPresent()) {
            scope.declare(query.variable().get(), query.entity(), model.entityNames());
        }
        IncludeGraph include = new IncludeGraph(query.entity(), List.of());
        if (query.include().isPresent()) {
            include = new IncludeResolver(paths).resolve(query.include().get(), query.entity(),
                    query.variable().orElse(null), scope);
        }
        return new ValidatedGet(query.entity(), include);
    }

    private static SelectedItem describe(SelectItem item, ResolvedPath path) {
        Optional<ValueType> attributeType = path.endsInAttribute()
                ? Optional.of(path.lastStep().orElseThrow().valueType()) : Optional.empty();
        Optional<org.beamcat.icat.server.query.ast.AggregateFunction> aggregate =
                item instanceof SelectItem.AggregateItem aggregateItem ? Optional.of(aggregateItem.function())
                        : Optional.empty();
        return new SelectedItem(path.exposedEntity(), aggregate, attributeType);
    }

    private static void orderItem(OrderItem item, Scope scope, PathResolver paths, ExpressionChecker checker)
            throws IcatServerException {
        Scalar value = item.value();
        if (value instanceof Scalar.PathValue path) {
            ResolvedPath resolved = paths.resolve(path.path(), scope, PathUse.VALUE);
            if (!resolved.endsInAttribute()) {
                throw Problems.bad("ORDER BY " + path.path() + " must end in an attribute (e.g. "
                        + path.path() + ".id)");
            }
        } else if (value instanceof Scalar.Aggregate) {
            checker.scalar(value, scope, true);
        } else {
            throw Problems.bad("ORDER BY accepts attribute paths and aggregates only");
        }
    }

    /**
     * ICAT 4.7 refuses INCLUDE only when several items are selected. With one item that is not an entity
     * ({@code SELECT ds.id FROM Dataset ds INCLUDE 1}, icat.client's authzForUpdate) the clause is still checked
     * against the entity of the item's variable, then ignored: there is no entity to include anything into.
     */
    private static Optional<IncludeGraph> include(SelectStatement statement, List<SelectedItem> selected,
            Scope scope, PathResolver paths) throws IcatServerException {
        if (selected.size() != 1) {
            throw Problems.bad("INCLUDE is only allowed when the SELECT has exactly one item");
        }
        SelectItem item = statement.selectItems().get(0);
        ResolvedPath resolved = paths.resolutions().get(item.path());
        IncludeClause clause = statement.include().orElseThrow();
        if (!selected.get(0).returnsEntity()) {
            new IncludeResolver(paths).resolve(clause, resolved.variable().entity(), resolved.variable().name(),
                    scope);
            return Optional.empty();
        }
        String rootVariable = item.path().isVariableOnly() ? resolved.variable().name() : null;
        return Optional.of(new IncludeResolver(paths).resolve(clause, selected.get(0).exposedEntity(), rootVariable,
                scope));
    }
}
