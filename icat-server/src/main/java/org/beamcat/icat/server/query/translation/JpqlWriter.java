package org.beamcat.icat.server.query.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.query.ast.Condition;
import org.beamcat.icat.server.query.ast.Literal;
import org.beamcat.icat.server.query.ast.OrderItem;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.ast.ScalarFunction;
import org.beamcat.icat.server.query.ast.SelectItem;
import org.beamcat.icat.server.query.ast.Subquery;
import org.beamcat.icat.server.query.validation.ResolvedPath;
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
    /** While an ORDER BY item is written: JPQL has no sub-select there. */
    private boolean inOrderBy;

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
            if (isEntity(comparison.left()) && isEntity(comparison.right())) {
                // ds.investigation = i as ds.investigation.id = i.id: the same test, but EclipseLink 4.0.7 joins
                // the entity form and then gives that join's alias to the rules' sub-selects, which use the path
                // too ("missing FROM-clause entry for table t14", issue 14); the id form is the row's foreign key.
                return scalar(comparison.left()) + ".id " + comparison.operator().jpql() + " "
                        + scalar(comparison.right()) + ".id";
            }
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
            // ds IS NULL (a LEFT-joined variable): EclipseLink only compares to-one mappings with NULL ("Object
            // comparisons can only be used with OneToOneMappings", a 500 in issue 14); its id is NULL alike.
            boolean variable = isNull.value() instanceof Scalar.PathValue value && value.path().isVariableOnly();
            return scalar(isNull.value()) + (variable ? ".id" : "") + " IS " + (isNull.negated() ? "NOT " : "")
                    + "NULL";
        } else if (condition instanceof Condition.IsEmpty isEmpty) {
            String collection = path(isEmpty.collection());
            return readableElements(isEmpty.collection(), member -> member + ".id", Optional.empty())
                    .map(text -> (isEmpty.negated() ? "" : "NOT ") + "EXISTS (" + text + ")")
                    .orElseGet(() -> collection + " IS " + (isEmpty.negated() ? "NOT " : "") + "EMPTY");
        } else if (condition instanceof Condition.MemberOf member) {
            String element = scalar(member.element());
            String collection = path(member.collection());
            return readableElements(member.collection(), name -> name + ".id", Optional.of(element))
                    .map(text -> (member.negated() ? "NOT " : "") + "EXISTS (" + text + ")")
                    .orElseGet(() -> element + not(member.negated()) + " MEMBER OF " + collection);
        } else if (condition instanceof Condition.Exists exists) {
            return "EXISTS (" + subquery(exists.subquery()) + ")";
        }
        throw new IllegalStateException("unknown condition " + condition);
    }

    /**
     * IS EMPTY, MEMBER OF and SIZE over a collection whose elements the caller may not all read, as a sub-select of
     * the readable elements ({@code SELECT e.id FROM Investigation o JOIN o.datasets e WHERE o.id = v1.id AND
     * <e readable>}), so that hidden rows are neither counted nor found as members. Empty when no rewrite is
     * needed: nothing is restricted here, a PublicStep leads there, or every element is readable.
     *
     * @param selected what the sub-select returns, given the element variable
     */
    private Optional<String> readableElements(Path collection, java.util.function.UnaryOperator<String> selected,
            Optional<String> element) {
        ReadScope scope = from.scope();
        if (scope == null) {
            return Optional.empty();
        }
        ResolvedPath resolved = query.resolution(collection);
        FieldInfo field = resolved.lastStep().orElseThrow();
        ResolvedPath ownerPath = new ResolvedPath(resolved.variable(),
                resolved.steps().subList(0, resolved.steps().size() - 1));
        String ownerEntity = ownerPath.endEntity().orElseThrow();
        if (scope.isPublicStep(ownerEntity, field.name())) {
            return Optional.empty();
        }
        int mark = names.mark();
        String owner = names.fresh();
        String member = names.fresh();
        Optional<String> readable = scope.condition(field.targetEntity(), member);
        if (readable.isEmpty()) {
            names.release(mark);
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("SELECT ").append(selected.apply(member)).append(" FROM ")
                .append(ownerEntity).append(' ').append(owner).append(" JOIN ").append(owner).append('.')
                .append(field.name()).append(' ').append(member).append(" WHERE ").append(owner).append(".id = ")
                .append(from.pathText(ownerPath)).append(".id");
        element.ifPresent(value -> text.append(" AND ").append(member).append(".id = ").append(value).append(".id"));
        return Optional.of(text.append(" AND ").append(readable.get()).toString());
    }

    /** A path that denotes an entity (a variable, or a to-one relationship at its end). */
    private boolean isEntity(Scalar scalar) {
        return scalar instanceof Scalar.PathValue value && !query.resolution(value.path()).endsInAttribute();
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
            if (call.function() == ScalarFunction.SIZE && call.arguments().get(0) instanceof Scalar.PathValue value) {
                String collection = path(value.path());
                Optional<String> count = readableElements(value.path(), member -> "COUNT(" + member + ")",
                        Optional.empty());
                if (count.isPresent() && inOrderBy) {
                    throw new ReadScope.Failure(new IcatServerException(IcatErrorType.BAD_PARAMETER,
                            "ORDER BY SIZE(...) of a collection whose elements the rules restrict is not supported"));
                }
                return count.map(text -> "(" + text + ")").orElseGet(() -> "SIZE(" + collection + ")");
            }
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
        inOrderBy = true;
        try {
            return scalar(item.value()) + (item.descending() ? " DESC" : "");
        } finally {
            inOrderBy = false;
        }
    }

    String subquery(Subquery subquery) {
        Map<String, String> outerNames = names.openScope();
        FromClauseWriter outerFrom = from;
        try {
            // A sub-select is a level of its own: its variables and paths are restricted in its own WHERE.
            ReadScope scope = outerFrom.scope() == null ? null : outerFrom.scope().nested();
            FromClauseWriter subFrom = new FromClauseWriter(query, names, subquery.from(), scope);
            useFrom(subFrom);
            SelectItem item = subquery.selectItem();
            String selected = path(item.path());
            if (item instanceof SelectItem.AggregateItem aggregate) {
                selected = aggregate.function() + "(" + (aggregate.distinct() ? "DISTINCT " : "") + selected + ")";
            }
            List<String> conditions = new ArrayList<>();
            subquery.where().ifPresent(where -> conditions.add(condition(where)));
            String groupBy = subquery.groupBy().isEmpty() ? "" : " GROUP BY " + joinScalars(subquery.groupBy());
            String having = subquery.having().map(test -> " HAVING " + condition(test)).orElse("");
            if (scope != null) {
                conditions.addAll(scope.conditions());
            }
            StringBuilder text = new StringBuilder("SELECT ").append(subquery.distinct() ? "DISTINCT " : "")
                    .append(selected).append(' ').append(subFrom.text());
            if (!conditions.isEmpty()) {
                text.append(" WHERE ").append(String.join(" AND ", conditions));
            }
            return text.append(groupBy).append(having).toString();
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
