package org.beamcat.icat.server.query.ast;

import java.util.List;
import java.util.Optional;

/** A value-producing expression: operands of comparisons, function arguments, GROUP BY and ORDER BY items. */
public sealed interface Scalar permits Scalar.PathValue, Scalar.FunctionCall, Scalar.Trim, Scalar.Aggregate,
        Scalar.Arithmetic, Scalar.Negative, Scalar.SubqueryValue, Scalar.CurrentValue, Literal {

    /** A variable or a path from it, e.g. {@code ds} or {@code ds.investigation.name}. */
    record PathValue(Path path) implements Scalar {
    }

    record FunctionCall(ScalarFunction function, List<Scalar> arguments) implements Scalar {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code TRIM([LEADING|TRAILING|BOTH] [character] FROM source)}; the specification defaults to BOTH. */
    record Trim(TrimSpecification specification, Optional<Scalar> character, Scalar source) implements Scalar {
    }

    /** An aggregate inside HAVING or ORDER BY (the SELECT list has its own {@link SelectItem.AggregateItem}). */
    record Aggregate(AggregateFunction function, boolean distinct, Scalar argument) implements Scalar {
    }

    /**
     * A chain of operators of one precedence level, e.g. {@code a + b - c}: kept flat (not nested pairs) so that
     * long chains do not make the tree deep.
     */
    record Arithmetic(Scalar first, List<Step> rest) implements Scalar {
        public Arithmetic {
            rest = List.copyOf(rest);
        }

        public record Step(ArithmeticOperator operator, Scalar operand) {
        }
    }

    /** Unary minus (unary plus is dropped by the parser). */
    record Negative(Scalar operand) implements Scalar {
    }

    /** A sub-select used as a single value, e.g. {@code ds.startDate = (SELECT MAX(d.startDate) FROM ...)}. */
    record SubqueryValue(Subquery subquery) implements Scalar {
    }

    record CurrentValue(CurrentDateTime which) implements Scalar {
    }
}
