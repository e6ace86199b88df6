package org.beamcat.icat.server.query.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.Token;
import org.beamcat.icat.server.query.ast.Condition;
import org.beamcat.icat.server.query.ast.FromItem;
import org.beamcat.icat.server.query.ast.GetQuery;
import org.beamcat.icat.server.query.ast.IncludeClause;
import org.beamcat.icat.server.query.ast.Join;
import org.beamcat.icat.server.query.ast.JoinType;
import org.beamcat.icat.server.query.ast.Limit;
import org.beamcat.icat.server.query.ast.OrderItem;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.ast.SelectItem;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.ast.Subquery;
import org.beamcat.icat.server.query.grammar.IcatQueryParser;

/** Builds statements, sub-selects and their clauses; delegates conditions and scalars to their builders. */
final class StatementBuilder {

    private final DepthGuard depth;
    private final ScalarBuilder scalars;
    private final ConditionBuilder conditions;

    StatementBuilder(int maxDepth) {
        this.depth = new DepthGuard(maxDepth);
        this.scalars = new ScalarBuilder(this, depth);
        this.conditions = new ConditionBuilder(this, scalars, depth);
    }

    SelectStatement select(IcatQueryParser.SelectStatementContext context) {
        List<SelectItem> items = new ArrayList<>();
        for (IcatQueryParser.SelectItemContext item : context.selectItem()) {
            items.add(selectItem(item));
        }
        return new SelectStatement(context.DISTINCT() != null, items, from(context.fromClause()),
                where(context.whereClause()), groupBy(context.groupByClause()), having(context.havingClause()),
                orderBy(context.orderByClause()),
                context.includeClause() == null ? Optional.empty()
                        : Optional.of(include(context.includeClause().includeList())),
                context.limitClause() == null ? Optional.empty() : Optional.of(limit(context.limitClause())));
    }

    /**
     * Concise dialect (contract 3.7): paths inside a bracketed condition or ORDER BY are relative to an entity, so
     * while one is being built they are handed to this rewriter. Null for the JPQL-like dialect.
     */
    interface PathRewriter {
        Scalar scalar(Path raw, int position);

        Path path(Path raw, int position);
    }

    private PathRewriter rewriter;

    /** Runs {@code body} with paths rewritten by {@code pathRewriter} (outside sub-selects, which have their own). */
    <T> T withRewriter(PathRewriter pathRewriter, java.util.function.Supplier<T> body) {
        PathRewriter saved = rewriter;
        rewriter = pathRewriter;
        try {
            return body.get();
        } finally {
            rewriter = saved;
        }
    }

    Scalar pathValue(Path raw, int position) {
        return rewriter == null ? new Scalar.PathValue(raw) : rewriter.scalar(raw, position);
    }

    Path collectionPath(Path raw, int position) {
        return rewriter == null ? raw : rewriter.path(raw, position);
    }

    Condition condition(IcatQueryParser.ConditionContext context) {
        return conditions.build(context);
    }

    List<OrderItem> orderItems(List<IcatQueryParser.OrderItemContext> contexts) {
        List<OrderItem> items = new ArrayList<>();
        for (IcatQueryParser.OrderItemContext item : contexts) {
            items.add(new OrderItem(scalars.build(item.scalar()), item.DESC() != null));
        }
        return items;
    }

    Subquery subquery(IcatQueryParser.SubqueryContext context) {
        PathRewriter saved = rewriter;
        rewriter = null;
        try {
            return plainSubquery(context);
        } finally {
            rewriter = saved;
        }
    }

    private Subquery plainSubquery(IcatQueryParser.SubqueryContext context) {
        depth.enter(context.getStart().getStartIndex());
        try {
            return new Subquery(context.DISTINCT() != null, selectItem(context.selectItem()),
                    from(context.fromClause()), where(context.whereClause()), groupBy(context.groupByClause()),
                    having(context.havingClause()));
        } finally {
            depth.leave();
        }
    }

    GetQuery get(IcatQueryParser.GetQueryContext context) {
        if (context instanceof IcatQueryParser.NewStyleGetQueryContext newStyle) {
            Optional<String> variable = Optional.ofNullable(newStyle.variable).map(Token::getText);
            Optional<IncludeClause> include = newStyle.includeList() == null ? Optional.empty()
                    : Optional.of(include(newStyle.includeList()));
            return new GetQuery(newStyle.entity.getText(), variable, include);
        }
        IcatQueryParser.OldStyleGetQueryContext oldStyle = (IcatQueryParser.OldStyleGetQueryContext) context;
        IncludeClause include;
        if (oldStyle.one != null) {
            include = includeOne(oldStyle.one);
        } else {
            // The first IDENT is the entity itself; the rest are the included entity types.
            List<String> types = oldStyle.IDENT().stream().skip(1).map(node -> node.getText()).toList();
            include = new IncludeClause.EntityTypes(types);
        }
        return new GetQuery(oldStyle.entity.getText(), Optional.empty(), Optional.of(include));
    }

    private SelectItem selectItem(IcatQueryParser.SelectItemContext context) {
        if (context instanceof IcatQueryParser.AggregateSelectItemContext aggregate) {
            return new SelectItem.AggregateItem(ScalarBuilder.aggregate(aggregate.aggregateFunction()),
                    aggregate.DISTINCT() != null, path(aggregate.path()));
        }
        return new SelectItem.PathItem(path(((IcatQueryParser.PathSelectItemContext) context).path()));
    }

    private List<FromItem> from(IcatQueryParser.FromClauseContext context) {
        List<FromItem> items = new ArrayList<>();
        for (IcatQueryParser.FromItemContext item : context.fromItem()) {
            if (item instanceof IcatQueryParser.EntityRangeContext range) {
                items.add(new FromItem.EntityRange(range.entity.getText(), range.variable.getText(),
                        joins(range.join())));
            } else if (item instanceof IcatQueryParser.PathRangeContext range) {
                items.add(new FromItem.PathRange(path(range.qualifiedPath()), range.variable.getText(),
                        joins(range.join())));
            } else {
                IcatQueryParser.CollectionMemberRangeContext member =
                        (IcatQueryParser.CollectionMemberRangeContext) item;
                items.add(new FromItem.PathRange(path(member.qualifiedPath()), member.variable.getText(), List.of()));
            }
        }
        return items;
    }

    private List<Join> joins(List<IcatQueryParser.JoinContext> contexts) {
        List<Join> joins = new ArrayList<>();
        for (IcatQueryParser.JoinContext context : contexts) {
            if (context.FETCH() != null) {
                // ICAT's own message (contract 3.2): INCLUDE is the way to load related objects.
                throw QuerySyntaxError.at(context.FETCH().getSymbol().getStartIndex(),
                        "The FETCH keyword is not permitted");
            }
            Path path = path(context.qualifiedPath());
            if (context.variable == null) {
                throw QuerySyntaxError.at(context.getStop().getStopIndex() + 1,
                        "JOIN " + path + " must declare a variable, e.g. JOIN " + path + " x");
            }
            JoinType type = context.LEFT() != null ? JoinType.LEFT : JoinType.INNER;
            joins.add(new Join(type, path, context.variable.getText()));
        }
        return joins;
    }

    private Optional<Condition> where(IcatQueryParser.WhereClauseContext context) {
        return context == null ? Optional.empty() : Optional.of(conditions.build(context.condition()));
    }

    private Optional<Condition> having(IcatQueryParser.HavingClauseContext context) {
        return context == null ? Optional.empty() : Optional.of(conditions.build(context.condition()));
    }

    private List<Scalar> groupBy(IcatQueryParser.GroupByClauseContext context) {
        return context == null ? List.of() : scalars.buildAll(context.scalar());
    }

    private List<OrderItem> orderBy(IcatQueryParser.OrderByClauseContext context) {
        if (context == null) {
            return List.of();
        }
        List<OrderItem> items = new ArrayList<>();
        for (IcatQueryParser.OrderItemContext item : context.orderItem()) {
            items.add(new OrderItem(scalars.build(item.scalar()), item.DESC() != null));
        }
        return items;
    }

    private IncludeClause include(IcatQueryParser.IncludeListContext context) {
        if (context instanceof IcatQueryParser.IncludeOneContext one) {
            return includeOne(one.one);
        }
        List<IncludeClause.Steps.Step> steps = new ArrayList<>();
        for (IcatQueryParser.IncludeStepContext step : ((IcatQueryParser.IncludeStepsContext) context).includeStep()) {
            steps.add(new IncludeClause.Steps.Step(path(step.qualifiedPath()),
                    Optional.ofNullable(step.variable).map(Token::getText)));
        }
        return new IncludeClause.Steps(steps);
    }

    static IncludeClause includeOne(Token one) {
        if (!one.getText().equals("1")) {
            throw QuerySyntaxError.at(one.getStartIndex(), "INCLUDE must be followed by 1 or by a list of paths, not "
                    + TokenDescriptions.quote(one.getText()));
        }
        return new IncludeClause.AllToOne();
    }

    static Limit limit(IcatQueryParser.LimitClauseContext context) {
        int offset = LiteralParser.limitValue(context.offset.getText(), context.offset.getStartIndex(), "offset");
        OptionalInt count = context.count == null ? OptionalInt.empty()
                : OptionalInt.of(LiteralParser.limitValue(context.count.getText(), context.count.getStartIndex(),
                        "count"));
        return new Limit(offset, count);
    }

    static Path path(IcatQueryParser.PathContext context) {
        return new Path(context.IDENT().getText(), fieldNames(context.fieldName()));
    }

    static Path path(IcatQueryParser.QualifiedPathContext context) {
        return new Path(context.IDENT().getText(), fieldNames(context.fieldName()));
    }

    private static List<String> fieldNames(List<IcatQueryParser.FieldNameContext> contexts) {
        return contexts.stream().map(field -> field.getText()).toList();
    }
}
