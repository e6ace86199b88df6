package org.beamcat.icat.server.query.validation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.ValueType;
import org.beamcat.icat.server.query.ast.AggregateFunction;
import org.beamcat.icat.server.query.ast.Condition;
import org.beamcat.icat.server.query.ast.Literal;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.ast.ScalarFunction;
import org.beamcat.icat.server.query.ast.SelectItem;
import org.beamcat.icat.server.query.ast.Subquery;

/**
 * Type-checks conditions and scalar expressions: every path resolved, aggregates only where allowed, operands of
 * comparisons, LIKE, arithmetic and functions of sensible types, and every literal given its bound value.
 */
final class ExpressionChecker {

    private final PathResolver paths;
    private final LiteralValues values;
    private final Set<String> entityNames;
    private final Map<Literal, Object> boundValues = new IdentityHashMap<>();

    ExpressionChecker(PathResolver paths, LiteralValues values, Set<String> entityNames) {
        this.paths = paths;
        this.values = values;
        this.entityNames = entityNames;
    }

    Map<Literal, Object> boundValues() {
        return boundValues;
    }

    // ------------------------------------------------------------------------------------------------ conditions

    void condition(Condition condition, Scope scope, boolean aggregatesAllowed) throws IcatServerException {
        if (condition instanceof Condition.Or or) {
            for (Condition operand : or.operands()) {
                condition(operand, scope, aggregatesAllowed);
            }
        } else if (condition instanceof Condition.And and) {
            for (Condition operand : and.operands()) {
                condition(operand, scope, aggregatesAllowed);
            }
        } else if (condition instanceof Condition.Not not) {
            condition(not.operand(), scope, aggregatesAllowed);
        } else if (condition instanceof Condition.Comparison comparison) {
            compare(comparison.left(), comparison.right(), scope, aggregatesAllowed,
                    comparison.operator().isEquality());
        } else if (condition instanceof Condition.QuantifiedComparison quantified) {
            ExpressionType left = scalar(quantified.left(), scope, aggregatesAllowed);
            requireComparable(left, subquery(quantified.subquery(), scope), quantified.left(), "the sub-select",
                    quantified.operator().isEquality());
        } else if (condition instanceof Condition.Between between) {
            compare(between.value(), between.low(), scope, aggregatesAllowed, false);
            compare(between.value(), between.high(), scope, aggregatesAllowed, false);
        } else if (condition instanceof Condition.Like like) {
            like(like, scope, aggregatesAllowed);
        } else if (condition instanceof Condition.InList in) {
            for (Scalar candidate : in.candidates()) {
                compare(in.value(), candidate, scope, aggregatesAllowed, true);
            }
        } else if (condition instanceof Condition.InSubquery in) {
            ExpressionType value = scalar(in.value(), scope, aggregatesAllowed);
            requireComparable(value, subquery(in.subquery(), scope), in.value(), "the sub-select", true);
        } else if (condition instanceof Condition.IsNull isNull) {
            if (isNull.value() instanceof Literal) {
                throw Problems.bad("IS NULL must follow a path or expression, not a literal");
            }
            scalar(isNull.value(), scope, aggregatesAllowed);
        } else if (condition instanceof Condition.IsEmpty isEmpty) {
            paths.resolve(isEmpty.collection(), scope, PathUse.COLLECTION);
        } else if (condition instanceof Condition.MemberOf member) {
            memberOf(member, scope);
        } else if (condition instanceof Condition.Exists exists) {
            subquery(exists.subquery(), scope);
        }
    }

    private void like(Condition.Like like, Scope scope, boolean aggregatesAllowed) throws IcatServerException {
        ExpressionType value = scalar(like.value(), scope, aggregatesAllowed);
        if (!ExpressionType.is(value, ValueType.STRING)) {
            throw Problems.bad("LIKE needs a string, but " + describe(like.value()) + " is " + value);
        }
        expect(like.pattern(), ValueType.STRING, "the LIKE pattern", scope, aggregatesAllowed);
        if (like.escape().isPresent()) {
            singleCharacter(like.escape().get(), "ESCAPE");
        }
    }

    private void memberOf(Condition.MemberOf member, Scope scope) throws IcatServerException {
        ResolvedPath collection = paths.resolve(member.collection(), scope, PathUse.COLLECTION);
        if (member.element() instanceof Literal) {
            throw Problems.bad("MEMBER OF needs an entity on its left, not a literal");
        }
        ExpressionType element = scalar(member.element(), scope, false);
        String expected = collection.endEntity().orElseThrow();
        if (!(element instanceof ExpressionType.EntityObject entity) || !entity.entity().equals(expected)) {
            throw Problems.bad("MEMBER OF " + member.collection() + " needs a " + expected + ", but "
                    + describe(member.element()) + " is " + element);
        }
    }

    /** Both sides checked; a literal on one side takes the other side's type. */
    private void compare(Scalar left, Scalar right, Scope scope, boolean aggregatesAllowed, boolean equality)
            throws IcatServerException {
        ExpressionType leftType = scalar(left, scope, aggregatesAllowed);
        ExpressionType rightType = scalar(right, scope, aggregatesAllowed);
        if (right instanceof Literal literal && !(left instanceof Literal)) {
            boundValues.put(literal, values.against(literal, leftType, describe(left)));
        } else if (left instanceof Literal literal && !(right instanceof Literal)) {
            boundValues.put(literal, values.against(literal, rightType, describe(right)));
        } else {
            requireComparable(leftType, rightType, left, describe(right), equality);
        }
    }

    private static void requireComparable(ExpressionType left, ExpressionType right, Scalar leftNode,
            String rightDescription, boolean equality) throws IcatServerException {
        boolean comparable;
        if (left instanceof ExpressionType.EntityObject || right instanceof ExpressionType.EntityObject) {
            comparable = equality && left.equals(right);
        } else if (left instanceof ExpressionType.Collection || right instanceof ExpressionType.Collection) {
            comparable = false;
        } else {
            comparable = left.equals(right) || ExpressionType.isNumeric(left) && ExpressionType.isNumeric(right);
        }
        if (!comparable) {
            throw Problems.bad("Cannot compare " + describe(leftNode) + " (" + left + ") with " + rightDescription
                    + " (" + right + ")");
        }
    }

    private void expect(Scalar scalar, ValueType type, String role, Scope scope, boolean aggregatesAllowed)
            throws IcatServerException {
        ExpressionType actual = scalar(scalar, scope, aggregatesAllowed);
        if (scalar instanceof Literal literal) {
            boundValues.put(literal, values.against(literal, ExpressionType.of(type), role));
            return;
        }
        boolean ok = ExpressionType.is(actual, type)
                || ExpressionType.isNumeric(type) && ExpressionType.isNumeric(actual);
        if (!ok) {
            throw Problems.bad(role + " must be " + type + ", but " + describe(scalar) + " is " + actual);
        }
    }

    private void singleCharacter(Scalar scalar, String role) throws IcatServerException {
        if (!(scalar instanceof Literal.StringLiteral string) || string.value().codePointCount(0,
                string.value().length()) != 1 || string.value().length() != 1) {
            throw Problems.bad(role + " must be a string of exactly one character, e.g. '\\'");
        }
        boundValues.put(string, string.value().charAt(0));
    }

    // --------------------------------------------------------------------------------------------------- scalars

    ExpressionType scalar(Scalar scalar, Scope scope, boolean aggregatesAllowed) throws IcatServerException {
        if (scalar instanceof Literal literal) {
            boundValues.put(literal, values.natural(literal));
            return LiteralValues.naturalType(literal);
        } else if (scalar instanceof Scalar.PathValue path) {
            return paths.resolve(path.path(), scope, PathUse.VALUE).type();
        } else if (scalar instanceof Scalar.FunctionCall call) {
            return function(call, scope, aggregatesAllowed);
        } else if (scalar instanceof Scalar.Trim trim) {
            if (trim.character().isPresent()) {
                singleCharacter(trim.character().get(), "The TRIM character");
            }
            expect(trim.source(), ValueType.STRING, "The argument of TRIM", scope, aggregatesAllowed);
            return ExpressionType.of(ValueType.STRING);
        } else if (scalar instanceof Scalar.Aggregate aggregate) {
            if (!aggregatesAllowed) {
                throw Problems.bad(aggregate.function()
                        + " is an aggregate; aggregates are allowed only in SELECT, HAVING and ORDER BY");
            }
            ExpressionType argument = scalar(aggregate.argument(), scope, false);
            return aggregateType(aggregate.function(), argument, describe(aggregate.argument()));
        } else if (scalar instanceof Scalar.Arithmetic arithmetic) {
            boolean isDouble = numericOperand(arithmetic.first(), scope, aggregatesAllowed);
            for (Scalar.Arithmetic.Step step : arithmetic.rest()) {
                isDouble |= numericOperand(step.operand(), scope, aggregatesAllowed);
            }
            return ExpressionType.of(isDouble ? ValueType.DOUBLE : ValueType.LONG);
        } else if (scalar instanceof Scalar.Negative negative) {
            boolean isDouble = numericOperand(negative.operand(), scope, aggregatesAllowed);
            return ExpressionType.of(isDouble ? ValueType.DOUBLE : ValueType.LONG);
        } else if (scalar instanceof Scalar.SubqueryValue subquery) {
            return subquery(subquery.subquery(), scope);
        } else if (scalar instanceof Scalar.CurrentValue) {
            return ExpressionType.of(ValueType.TIMESTAMP);
        }
        throw new IllegalStateException("unknown scalar " + scalar);
    }

    /** Checks a numeric operand; true when it is floating-point. */
    private boolean numericOperand(Scalar operand, Scope scope, boolean aggregatesAllowed)
            throws IcatServerException {
        ExpressionType type = scalar(operand, scope, aggregatesAllowed);
        if (!ExpressionType.isNumeric(type)) {
            throw Problems.bad("Arithmetic needs numbers, but " + describe(operand) + " is " + type);
        }
        return ExpressionType.is(type, ValueType.DOUBLE);
    }

    private ExpressionType function(Scalar.FunctionCall call, Scope scope, boolean aggregatesAllowed)
            throws IcatServerException {
        ScalarFunction function = call.function();
        List<Scalar> arguments = call.arguments();
        String role = "The argument of " + function;
        switch (function) {
            case ABS -> {
                boolean isDouble = numericOperand(arguments.get(0), scope, aggregatesAllowed);
                return ExpressionType.of(isDouble ? ValueType.DOUBLE : ValueType.LONG);
            }
            case SQRT -> {
                expect(arguments.get(0), ValueType.DOUBLE, role, scope, aggregatesAllowed);
                return ExpressionType.of(ValueType.DOUBLE);
            }
            case MOD -> {
                for (Scalar argument : arguments) {
                    expect(argument, ValueType.INTEGER, role, scope, aggregatesAllowed);
                }
                return ExpressionType.of(ValueType.INTEGER);
            }
            case LENGTH -> {
                expect(arguments.get(0), ValueType.STRING, role, scope, aggregatesAllowed);
                return ExpressionType.of(ValueType.INTEGER);
            }
            case LOCATE -> {
                expect(arguments.get(0), ValueType.STRING, role, scope, aggregatesAllowed);
                expect(arguments.get(1), ValueType.STRING, role, scope, aggregatesAllowed);
                if (arguments.size() == 3) {
                    expect(arguments.get(2), ValueType.INTEGER, role, scope, aggregatesAllowed);
                }
                return ExpressionType.of(ValueType.INTEGER);
            }
            case SUBSTRING -> {
                expect(arguments.get(0), ValueType.STRING, role, scope, aggregatesAllowed);
                for (Scalar position : arguments.subList(1, arguments.size())) {
                    expect(position, ValueType.INTEGER, role, scope, aggregatesAllowed);
                }
                return ExpressionType.of(ValueType.STRING);
            }
            case LOWER, UPPER, CONCAT -> {
                for (Scalar argument : arguments) {
                    expect(argument, ValueType.STRING, role, scope, aggregatesAllowed);
                }
                return ExpressionType.of(ValueType.STRING);
            }
            case SIZE -> {
                if (!(arguments.get(0) instanceof Scalar.PathValue path)) {
                    throw Problems.bad("SIZE needs a path to a collection");
                }
                paths.resolve(path.path(), scope, PathUse.COLLECTION);
                return ExpressionType.of(ValueType.INTEGER);
            }
        }
        throw new IllegalStateException("unknown function " + function);
    }

    static ExpressionType aggregateType(AggregateFunction function, ExpressionType argument, String description)
            throws IcatServerException {
        switch (function) {
            case COUNT -> {
                return ExpressionType.of(ValueType.LONG);
            }
            case MIN, MAX -> {
                if (!(argument instanceof ExpressionType.Value)) {
                    throw Problems.bad(function + " needs an attribute, but " + description + " is " + argument);
                }
                return argument;
            }
            default -> {
                if (!ExpressionType.isNumeric(argument)) {
                    throw Problems.bad(function + " needs a numeric attribute, but " + description + " is "
                            + argument);
                }
                return function == AggregateFunction.AVG ? ExpressionType.of(ValueType.DOUBLE) : argument;
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- sub-selects

    ExpressionType subquery(Subquery subquery, Scope outer) throws IcatServerException {
        Scope scope = outer.child();
        FromDeclarations.declare(subquery.from(), scope, paths, entityNames);
        ExpressionType result = selectItem(subquery.selectItem(), scope, PathUse.VALUE);
        if (subquery.where().isPresent()) {
            condition(subquery.where().get(), scope, false);
        }
        groupBy(subquery.groupBy(), scope);
        if (subquery.having().isPresent()) {
            condition(subquery.having().get(), scope, true);
        }
        return result;
    }

    ExpressionType selectItem(SelectItem item, Scope scope, PathUse use) throws IcatServerException {
        ResolvedPath path = paths.resolve(item.path(), scope, use);
        if (item instanceof SelectItem.AggregateItem aggregate) {
            return aggregateType(aggregate.function(), path.type(), item.path().toString());
        }
        return path.type();
    }

    void groupBy(List<Scalar> items, Scope scope) throws IcatServerException {
        for (Scalar item : items) {
            if (!(item instanceof Scalar.PathValue path)) {
                throw Problems.bad("GROUP BY accepts paths only");
            }
            paths.resolve(path.path(), scope, PathUse.VALUE);
        }
    }

    static String describe(Scalar scalar) {
        if (scalar instanceof Scalar.PathValue path) {
            return path.path().toString();
        } else if (scalar instanceof Literal literal) {
            return LiteralValues.describe(literal);
        } else if (scalar instanceof Scalar.Aggregate aggregate) {
            return aggregate.function() + "(" + describe(aggregate.argument()) + ")";
        } else if (scalar instanceof Scalar.FunctionCall call) {
            return call.function() + "(...)";
        }
        return "the expression";
    }

    static String describe(Path path) {
        return path.toString();
    }
}
