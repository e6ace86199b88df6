package org.beamcat.icat.server.query.validation;

import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.QueryLimits;
import org.beamcat.icat.server.query.ast.Condition;
import org.beamcat.icat.server.query.ast.FromItem;
import org.beamcat.icat.server.query.ast.OrderItem;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.ast.Subquery;

/**
 * Checks the size of a parsed query against {@link QueryLimits} before anything else looks at it: FROM/JOIN
 * variables over the whole query (each is a join in SQL), sub-selects inside sub-selects, IN-list lengths, and the
 * operands of AND, OR and arithmetic chains.
 * The parser has already bounded the text length and the nesting depth, so the walk itself is shallow.
 */
final class QueryShape {

    private final QueryLimits limits;
    private int variables;
    private int terms;

    private QueryShape(QueryLimits limits) {
        this.limits = limits;
    }

    static void check(SelectStatement statement, QueryLimits limits) throws IcatServerException {
        QueryShape shape = new QueryShape(limits);
        shape.from(statement.from());
        shape.condition(statement.where(), 0);
        for (Scalar value : statement.groupBy()) {
            shape.scalar(value, 0);
        }
        shape.condition(statement.having(), 0);
        for (OrderItem item : statement.orderBy()) {
            shape.scalar(item.value(), 0);
        }
    }

    private void from(List<FromItem> items) throws IcatServerException {
        for (FromItem item : items) {
            variables += 1 + item.joins().size();
        }
        if (variables > limits.maxVariables()) {
            throw Problems.bad("The query declares " + variables + " FROM and JOIN variables; at most "
                    + limits.maxVariables() + " are allowed (beamcat.icat.query.max-variables)");
        }
    }

    private void countTerms(int operands) throws IcatServerException {
        terms += operands;
        if (terms > limits.maxTerms()) {
            throw Problems.bad("The query has more than " + limits.maxTerms() + " operands of AND, OR and arithmetic "
                    + "(beamcat.icat.query.max-terms); use IN (…) for long lists of values");
        }
    }

    private void subquery(Subquery subquery, int depth) throws IcatServerException {
        int level = depth + 1;
        if (level > limits.maxSubqueryDepth()) {
            throw Problems.bad("Sub-selects are nested " + level + " deep; at most " + limits.maxSubqueryDepth()
                    + " levels are allowed (beamcat.icat.query.max-subquery-depth)");
        }
        from(subquery.from());
        condition(subquery.where(), level);
        for (Scalar value : subquery.groupBy()) {
            scalar(value, level);
        }
        condition(subquery.having(), level);
    }

    private void condition(Optional<Condition> condition, int depth) throws IcatServerException {
        if (condition.isPresent()) {
            condition(condition.get(), depth);
        }
    }

    private void condition(Condition condition, int depth) throws IcatServerException {
        if (condition instanceof Condition.Or or) {
            countTerms(or.operands().size());
            for (Condition operand : or.operands()) {
                condition(operand, depth);
            }
        } else if (condition instanceof Condition.And and) {
            countTerms(and.operands().size());
            for (Condition operand : and.operands()) {
                condition(operand, depth);
            }
        } else if (condition instanceof Condition.Not not) {
            condition(not.operand(), depth);
        } else if (condition instanceof Condition.Comparison comparison) {
            scalar(comparison.left(), depth);
            scalar(comparison.right(), depth);
        } else if (condition instanceof Condition.QuantifiedComparison quantified) {
            scalar(quantified.left(), depth);
            subquery(quantified.subquery(), depth);
        } else if (condition instanceof Condition.Between between) {
            scalar(between.value(), depth);
            scalar(between.low(), depth);
            scalar(between.high(), depth);
        } else if (condition instanceof Condition.Like like) {
            scalar(like.value(), depth);
            scalar(like.pattern(), depth);
            if (like.escape().isPresent()) {
                scalar(like.escape().get(), depth);
            }
        } else if (condition instanceof Condition.InList in) {
            if (in.candidates().size() > limits.maxInListSize()) {
                throw Problems.bad("An IN list has " + in.candidates().size() + " values; at most "
                        + limits.maxInListSize() + " are allowed (beamcat.icat.query.max-in-list)");
            }
            scalar(in.value(), depth);
            for (Scalar candidate : in.candidates()) {
                scalar(candidate, depth);
            }
        } else if (condition instanceof Condition.InSubquery in) {
            scalar(in.value(), depth);
            subquery(in.subquery(), depth);
        } else if (condition instanceof Condition.IsNull isNull) {
            scalar(isNull.value(), depth);
        } else if (condition instanceof Condition.MemberOf memberOf) {
            scalar(memberOf.element(), depth);
        } else if (condition instanceof Condition.Exists exists) {
            subquery(exists.subquery(), depth);
        }
        // IS EMPTY holds a path only
    }

    private void scalar(Scalar value, int depth) throws IcatServerException {
        if (value instanceof Scalar.FunctionCall call) {
            for (Scalar argument : call.arguments()) {
                scalar(argument, depth);
            }
        } else if (value instanceof Scalar.Trim trim) {
            if (trim.character().isPresent()) {
                scalar(trim.character().get(), depth);
            }
            scalar(trim.source(), depth);
        } else if (value instanceof Scalar.Aggregate aggregate) {
            scalar(aggregate.argument(), depth);
        } else if (value instanceof Scalar.Arithmetic arithmetic) {
            countTerms(1 + arithmetic.rest().size());
            scalar(arithmetic.first(), depth);
            for (Scalar.Arithmetic.Step step : arithmetic.rest()) {
                scalar(step.operand(), depth);
            }
        } else if (value instanceof Scalar.Negative negative) {
            scalar(negative.operand(), depth);
        } else if (value instanceof Scalar.SubqueryValue subquery) {
            subquery(subquery.subquery(), depth);
        }
        // paths, literals and CURRENT_* hold nothing more
    }
}
