package org.beamcat.icat.server.query.ast;

import java.util.List;
import java.util.Optional;

/** A boolean expression: WHERE and HAVING clauses. */
public sealed interface Condition {

    /** Two or more alternatives, kept flat so long OR chains stay shallow. */
    record Or(List<Condition> operands) implements Condition {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record And(List<Condition> operands) implements Condition {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Not(Condition operand) implements Condition {
    }

    record Comparison(Scalar left, ComparisonOperator operator, Scalar right) implements Condition {
    }

    /** {@code x > ALL (SELECT ...)}. */
    record QuantifiedComparison(Scalar left, ComparisonOperator operator, Quantifier quantifier, Subquery subquery)
            implements Condition {
    }

    record Between(Scalar value, Scalar low, Scalar high, boolean negated) implements Condition {
    }

    record Like(Scalar value, Scalar pattern, Optional<Scalar> escape, boolean negated) implements Condition {
    }

    record InList(Scalar value, List<Scalar> candidates, boolean negated) implements Condition {
        public InList {
            candidates = List.copyOf(candidates);
        }
    }

    record InSubquery(Scalar value, Subquery subquery, boolean negated) implements Condition {
    }

    record IsNull(Scalar value, boolean negated) implements Condition {
    }

    /** {@code path IS [NOT] EMPTY}: the path must end in a to-many relationship. */
    record IsEmpty(Path collection, boolean negated) implements Condition {
    }

    /** {@code element [NOT] MEMBER [OF] collection}. */
    record MemberOf(Scalar element, Path collection, boolean negated) implements Condition {
    }

    record Exists(Subquery subquery) implements Condition {
    }
}
