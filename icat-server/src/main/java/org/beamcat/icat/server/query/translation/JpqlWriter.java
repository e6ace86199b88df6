package org.beamcat.icat.server.query.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.query.ast.Condition;
import org.beamcat.icat.server.query.ast.Literal;
import org.beamcat.icat.server.query.ast.OrderItem;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.ast.SelectItem;
import org.beamcat.icat.server.query.ast.Subquery;
import org.beamcat.icat.server.query.validation.ValidatedQuery;

/**
 * Writes conditions, scalar expressions and sub-selects of one validated query as JPQL. Literals are bound, never
 * written; paths are written from their model resolution with generated variable names.
 */
final class JpqlWriter {

    private final ValidatedQuery query;
    private final VariableNames names;
    private final ParameterBindings bindings;
    private final String userName;
    private FromClauseWriter from;

    JpqlWriter(ValidatedQuery query, VariableNames names, ParameterBindings bindings, String userName) {
        this.query = query;
        this.names = names;
        this.bindings = bindings;
        this.userName = userName;
    }

    /** The FROM clause whose variables paths refer to; replaced while a sub-select is written. */
    void useFrom(FromClauseWriter from) {
        this.from = from;
    }

    String condition(Condition condition) {
        if (condition instanceof Condition.Or or) {
            List<String> parts = new ArrayList<>();
            for (Condition operand : or.operands()) {
                parts.add(condition(operand));
            }
            return "(" + String.join(" OR ", parts) + ")";
        } else if (condition instanceof Condition.And and) {
            List<String> parts = new ArrayList<>();
            for (Condition operand : and.operands()) {
                parts.add(condition(operand));
            }
            return String.join(" AND ", parts);
        } else if (condition instanceof Condition.Not not) {
            return "NOT (" + condition(not.operand()) + ")";
        } else if (condition instanceof Condition.Comparison comparison) {
            return scalar(comparison.left()) + " " + comparison.operator().jpql() + " " + scalar(comparison.right());
        } else if (condition instanceof Condition.QuantifiedComparison quantified) {
            return scalar(quantified.left()) + " " + quantified.operator().jpql() + " " + quantified.quantifier()
                    + " (" + subquery(quantified.subquery()) + ")";
        } else if (condition instanceof Condition.Between between) {
            return scalar(between.value()) + not(between.negated()) + " BETWEEN " + scalar(between.low()) + " AND "
                    + scalar(between.high());
        } else if (condition instanceof Condition.Like like) {
            return scalar(like.value()) + not(like.negated()) + " LIKE " + scalar(like.pattern())
                    + (like.escape().isPresent() ? " ESCAPE " + scalar(like.escape().get()) : "");
        } else if (condition instanceof Condition.InList in) {
            List<String> candidates = new ArrayList<>();
            for (Scalar candidate : in.candidates()) {
                candidates.add(scalar(candidate));
            }
            return scalar(in.value()) + not(in.negated()) + " IN (" + String.join(", ", candidates) + ")";
        } else if (condition instanceof Condition.InSubquery in) {
            return scalar(in.value()) + not(in.negated()) + " IN (" + subquery(in.subquery()) + ")";
        } else if (condition instanceof Condition.IsNull isNull) {
            return scalar(isNull.value()) + " IS " + (isNull.negated() ? "NOT " : "") + "NULL";
        } else if (condition instanceof Condition.IsEmpty isEmpty) {
            return path(isEmpty.collection()) + " IS " + (isEmpty.negated() ? "NOT " : "") + "EMPTY";
        } else if (condition instanceof Condition.MemberOf member) {
            return scalar(member.element()) + not(member.negated()) + " MEMBER OF " + path(member.collection());
        } else if (condition instanceof Condition.Exists exists) {
            return "EXISTS (" + subquery(exists.subquery()) + ")";
        }
        throw new IllegalStateException("unknown condition " + condition);
    }

    private static String not(boolean negated) {
        return negated ? " NOT" : "";
    }

    String scalar(Scalar scalar) {
        if (scalar instanceof Literal.CurrentUser) {
            return bindings.bind(userName);
        } else if (scalar instanceof Literal literal) {
            return bindings.bind(query.boundValue(literal));
        } else if (scalar instanceof Scalar.PathValue path) {
            return path(path.path());
        } else if (scalar instanceof Scalar.FunctionCall call) {
            List<String> arguments = new ArrayList<>();
            for (Scalar argument : call.arguments()) {
                arguments.add(scalar(argument));
            }
            return call.function() + "(" + String.join(", ", arguments) + ")";
        } else if (scalar instanceof Scalar.Trim trim) {
            return "TRIM(" + trim.specification() + (trim.character().isPresent()
                    ? " " + scalar(trim.character().get()) : "") + " FROM " + scalar(trim.source()) + ")";
        } else if (scalar instanceof Scalar.Aggregate aggregate) {
            return aggregate.function() + "(" + (aggregate.distinct() ? "DISTINCT " : "")
                    + scalar(aggregate.argument()) + ")";
        } else if (scalar instanceof Scalar.Arithmetic arithmetic) {
            StringBuilder text = new StringBuilder("(").append(scalar(arithmetic.first()));
            for (Scalar.Arithmetic.Step step : arithmetic.rest()) {
                text.append(' ').append(step.operator().jpql()).append(' ').append(scalar(step.operand()));
            }
            return text.append(')').toString();
        } else if (scalar instanceof Scalar.Negative negative) {
            return "-" + scalar(negative.operand());
        } else if (scalar instanceof Scalar.SubqueryValue subquery) {
            return "(" + subquery(subquery.subquery()) + ")";
        } else if (scalar instanceof Scalar.CurrentValue current) {
            return current.which().name();
        }
        throw new IllegalStateException("unknown scalar " + scalar);
    }

    String path(Path path) {
        return from.pathText(query.resolution(path));
    }

    String orderItem(OrderItem item) {
        return scalar(item.value()) + (item.descending() ? " DESC" : "");
    }

    String subquery(Subquery subquery) {
        Map<String, String> outerNames = names.openScope();
        FromClauseWriter outerFrom = from;
        try {
            FromClauseWriter subFrom = new FromClauseWriter(query, names, subquery.from());
            useFrom(subFrom);
            SelectItem item = subquery.selectItem();
            String selected = path(item.path());
            if (item instanceof SelectItem.AggregateItem aggregate) {
                selected = aggregate.function() + "(" + (aggregate.distinct() ? "DISTINCT " : "") + selected + ")";
            }
            StringBuilder text = new StringBuilder("SELECT ").append(subquery.distinct() ? "DISTINCT " : "")
                    .append(selected).append(' ').append(subFrom.text());
            subquery.where().ifPresent(where -> text.append(" WHERE ").append(condition(where)));
            if (!subquery.groupBy().isEmpty()) {
                text.append(" GROUP BY ").append(joinScalars(subquery.groupBy()));
            }
            subquery.having().ifPresent(having -> text.append(" HAVING ").append(condition(having)));
            return text.toString();
        } finally {
            useFrom(outerFrom);
            names.closeScope(outerNames);
        }
    }

    String joinScalars(List<Scalar> scalars) {
        List<String> parts = new ArrayList<>();
        for (Scalar scalar : scalars) {
            parts.add(scalar(scalar));
        }
        return String.join(", ", parts);
    }
}
