package org.beamcat.icat.server.query.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.query.ast.ComparisonOperator;
import org.beamcat.icat.server.query.ast.Condition;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.Quantifier;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.grammar.IcatQueryBaseVisitor;
import org.beamcat.icat.server.query.grammar.IcatQueryParser;

/** Builds {@link Condition} nodes from the {@code condition} and {@code predicate} rules. */
final class ConditionBuilder extends IcatQueryBaseVisitor<Condition> {

    private final StatementBuilder statements;
    private final ScalarBuilder scalars;
    private final DepthGuard depth;

    ConditionBuilder(StatementBuilder statements, ScalarBuilder scalars, DepthGuard depth) {
        this.statements = statements;
        this.scalars = scalars;
        this.depth = depth;
    }

    Condition build(IcatQueryParser.ConditionContext context) {
        depth.enter(context.getStart().getStartIndex());
        try {
            return visit(context);
        } finally {
            depth.leave();
        }
    }

    @Override
    public Condition visitNotCondition(IcatQueryParser.NotConditionContext context) {
        return new Condition.Not(build(context.condition()));
    }

    /** Flattens the left-nested chain ANTLR builds for "a AND b AND c" without recursion (see ScalarBuilder). */
    @Override
    public Condition visitAndCondition(IcatQueryParser.AndConditionContext context) {
        List<Condition> operands = new ArrayList<>();
        IcatQueryParser.ConditionContext current = context;
        while (current instanceof IcatQueryParser.AndConditionContext and) {
            operands.add(build(and.condition(1)));
            current = and.condition(0);
        }
        operands.add(build(current));
        Collections.reverse(operands);
        return new Condition.And(operands);
    }

    @Override
    public Condition visitOrCondition(IcatQueryParser.OrConditionContext context) {
        List<Condition> operands = new ArrayList<>();
        IcatQueryParser.ConditionContext current = context;
        while (current instanceof IcatQueryParser.OrConditionContext or) {
            operands.add(build(or.condition(1)));
            current = or.condition(0);
        }
        operands.add(build(current));
        Collections.reverse(operands);
        return new Condition.Or(operands);
    }

    @Override
    public Condition visitParenCondition(IcatQueryParser.ParenConditionContext context) {
        return visit(context.condition());
    }

    @Override
    public Condition visitPredicateCondition(IcatQueryParser.PredicateConditionContext context) {
        return visit(context.predicate());
    }

    @Override
    public Condition visitQuantifiedComparison(IcatQueryParser.QuantifiedComparisonContext context) {
        Quantifier quantifier = Quantifier.valueOf(context.quantifier.getText().toUpperCase(java.util.Locale.ROOT));
        return new Condition.QuantifiedComparison(scalars.build(context.scalar()),
                operator(context.comparisonOperator()), quantifier, statements.subquery(context.subquery()));
    }

    @Override
    public Condition visitComparison(IcatQueryParser.ComparisonContext context) {
        return new Condition.Comparison(scalars.build(context.scalar(0)), operator(context.comparisonOperator()),
                scalars.build(context.scalar(1)));
    }

    private static ComparisonOperator operator(IcatQueryParser.ComparisonOperatorContext context) {
        return switch (context.getText()) {
            case "=" -> ComparisonOperator.EQUAL;
            case "<>", "!=" -> ComparisonOperator.NOT_EQUAL;
            case "<" -> ComparisonOperator.LESS;
            case "<=" -> ComparisonOperator.LESS_OR_EQUAL;
            case ">" -> ComparisonOperator.GREATER;
            default -> ComparisonOperator.GREATER_OR_EQUAL;
        };
    }

    @Override
    public Condition visitBetween(IcatQueryParser.BetweenContext context) {
        return new Condition.Between(scalars.build(context.scalar(0)), scalars.build(context.scalar(1)),
                scalars.build(context.scalar(2)), context.NOT() != null);
    }

    @Override
    public Condition visitLike(IcatQueryParser.LikeContext context) {
        Optional<Scalar> escape = context.scalar().size() > 2 ? Optional.of(scalars.build(context.scalar(2)))
                : Optional.empty();
        return new Condition.Like(scalars.build(context.scalar(0)), scalars.build(context.scalar(1)), escape,
                context.NOT() != null);
    }

    @Override
    public Condition visitInSubquery(IcatQueryParser.InSubqueryContext context) {
        return new Condition.InSubquery(scalars.build(context.scalar()), statements.subquery(context.subquery()),
                context.NOT() != null);
    }

    @Override
    public Condition visitInList(IcatQueryParser.InListContext context) {
        List<IcatQueryParser.ScalarContext> all = context.scalar();
        return new Condition.InList(scalars.build(all.get(0)), scalars.buildAll(all.subList(1, all.size())),
                context.NOT() != null);
    }

    @Override
    public Condition visitIsNull(IcatQueryParser.IsNullContext context) {
        return new Condition.IsNull(scalars.build(context.scalar()), context.NOT() != null);
    }

    @Override
    public Condition visitIsEmpty(IcatQueryParser.IsEmptyContext context) {
        Scalar operand = scalars.build(context.scalar());
        if (!(operand instanceof Scalar.PathValue pathValue)) {
            throw QuerySyntaxError.at(context.getStart().getStartIndex(),
                    "IS EMPTY must follow a path to a collection");
        }
        return new Condition.IsEmpty(pathValue.path(), context.NOT() != null);
    }

    @Override
    public Condition visitMemberOf(IcatQueryParser.MemberOfContext context) {
        Path collection = statements.collectionPath(StatementBuilder.path(context.path()),
                context.path().getStart().getStartIndex());
        return new Condition.MemberOf(scalars.build(context.scalar()), collection, context.NOT() != null);
    }

    @Override
    public Condition visitExists(IcatQueryParser.ExistsContext context) {
        return new Condition.Exists(statements.subquery(context.subquery()));
    }
}
