package org.beamcat.icat.server.query.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.beamcat.icat.server.query.ast.AggregateFunction;
import org.beamcat.icat.server.query.ast.ArithmeticOperator;
import org.beamcat.icat.server.query.ast.CurrentDateTime;
import org.beamcat.icat.server.query.ast.Literal;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.ast.ScalarFunction;
import org.beamcat.icat.server.query.ast.TrimSpecification;
import org.beamcat.icat.server.query.grammar.IcatQueryBaseVisitor;
import org.beamcat.icat.server.query.grammar.IcatQueryParser;

/** Builds {@link Scalar} nodes from the {@code scalar} and {@code literal} rules. */
final class ScalarBuilder extends IcatQueryBaseVisitor<Scalar> {

    private final StatementBuilder statements;
    private final DepthGuard depth;

    ScalarBuilder(StatementBuilder statements, DepthGuard depth) {
        this.statements = statements;
        this.depth = depth;
    }

    Scalar build(IcatQueryParser.ScalarContext context) {
        depth.enter(context.getStart().getStartIndex());
        try {
            return visit(context);
        } finally {
            depth.leave();
        }
    }

    List<Scalar> buildAll(List<IcatQueryParser.ScalarContext> contexts) {
        List<Scalar> built = new ArrayList<>(contexts.size());
        for (IcatQueryParser.ScalarContext context : contexts) {
            built.add(build(context));
        }
        return built;
    }

    @Override
    public Scalar visitSignedScalar(IcatQueryParser.SignedScalarContext context) {
        Scalar operand = build(context.scalar());
        if (context.sign.getType() == IcatQueryParser.PLUS) {
            return operand;
        }
        // Fold "-5" into a literal so that it is bound (and type-checked) like any other number.
        if (operand instanceof Literal.IntegerLiteral integer) {
            return new Literal.IntegerLiteral(-integer.value());
        }
        if (operand instanceof Literal.DecimalLiteral decimal) {
            return new Literal.DecimalLiteral(decimal.value().negate());
        }
        return new Scalar.Negative(operand);
    }

    @Override
    public Scalar visitMultiplicativeScalar(IcatQueryParser.MultiplicativeScalarContext context) {
        return chain(context);
    }

    @Override
    public Scalar visitAdditiveScalar(IcatQueryParser.AdditiveScalarContext context) {
        return chain(context);
    }

    /**
     * ANTLR nests a left-recursive chain "a + b - c" as ((a + b) - c); walk down the left spine iteratively and
     * build one flat node, so thousands of terms neither deepen the tree nor the Java stack.
     */
    private Scalar chain(IcatQueryParser.ScalarContext top) {
        Class<?> level = top.getClass();
        List<Scalar.Arithmetic.Step> steps = new ArrayList<>();
        IcatQueryParser.ScalarContext current = top;
        while (current.getClass() == level) {
            List<IcatQueryParser.ScalarContext> operands = operandsOf(current);
            steps.add(new Scalar.Arithmetic.Step(operator(operatorOf(current)), build(operands.get(1))));
            current = operands.get(0);
        }
        Collections.reverse(steps);
        return new Scalar.Arithmetic(build(current), steps);
    }

    private static List<IcatQueryParser.ScalarContext> operandsOf(IcatQueryParser.ScalarContext context) {
        if (context instanceof IcatQueryParser.AdditiveScalarContext additive) {
            return additive.scalar();
        }
        return ((IcatQueryParser.MultiplicativeScalarContext) context).scalar();
    }

    private static Token operatorOf(IcatQueryParser.ScalarContext context) {
        if (context instanceof IcatQueryParser.AdditiveScalarContext additive) {
            return additive.operator;
        }
        return ((IcatQueryParser.MultiplicativeScalarContext) context).operator;
    }

    private static ArithmeticOperator operator(Token token) {
        return switch (token.getType()) {
            case IcatQueryParser.PLUS -> ArithmeticOperator.PLUS;
            case IcatQueryParser.MINUS -> ArithmeticOperator.MINUS;
            case IcatQueryParser.STAR -> ArithmeticOperator.TIMES;
            default -> ArithmeticOperator.DIVIDE;
        };
    }

    @Override
    public Scalar visitSubqueryScalar(IcatQueryParser.SubqueryScalarContext context) {
        return new Scalar.SubqueryValue(statements.subquery(context.subquery()));
    }

    @Override
    public Scalar visitParenScalar(IcatQueryParser.ParenScalarContext context) {
        return visit(context.scalar());
    }

    @Override
    public Scalar visitAggregateScalar(IcatQueryParser.AggregateScalarContext context) {
        return new Scalar.Aggregate(aggregate(context.aggregateFunction()), context.DISTINCT() != null,
                build(context.scalar()));
    }

    static AggregateFunction aggregate(IcatQueryParser.AggregateFunctionContext context) {
        return AggregateFunction.valueOf(context.getStart().getText().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public Scalar visitTrimScalar(IcatQueryParser.TrimScalarContext context) {
        TrimSpecification specification = context.trimSpecification() == null ? TrimSpecification.BOTH
                : TrimSpecification.valueOf(context.trimSpecification().getText().toUpperCase(java.util.Locale.ROOT));
        List<IcatQueryParser.ScalarContext> operands = context.scalar();
        Optional<Scalar> character = context.trimCharacter == null ? Optional.empty()
                : Optional.of(build(context.trimCharacter));
        return new Scalar.Trim(specification, character, build(operands.get(operands.size() - 1)));
    }

    @Override
    public Scalar visitFunctionScalar(IcatQueryParser.FunctionScalarContext context) {
        String name = context.function.getText();
        int position = context.function.getStartIndex();
        ScalarFunction function = ScalarFunction.byName(name).orElseThrow(() -> QuerySyntaxError.at(position,
                "Unknown function " + TokenDescriptions.quote(name) + " (ICAT allows ABS, CONCAT, CURRENT_DATE, "
                        + "CURRENT_TIME, CURRENT_TIMESTAMP, LENGTH, LOCATE, LOWER, MOD, SIZE, SQRT, SUBSTRING, "
                        + "TRIM, UPPER)"));
        int count = context.scalar().size();
        if (count < function.minArguments() || count > function.maxArguments()) {
            throw QuerySyntaxError.at(position, "Function " + function + " cannot take " + count + " argument"
                    + (count == 1 ? "" : "s"));
        }
        return new Scalar.FunctionCall(function, buildAll(context.scalar()));
    }

    @Override
    public Scalar visitCurrentDateTimeScalar(IcatQueryParser.CurrentDateTimeScalarContext context) {
        return new Scalar.CurrentValue(CurrentDateTime.valueOf(
                context.current.getText().toUpperCase(java.util.Locale.ROOT)));
    }

    @Override
    public Scalar visitLiteralScalar(IcatQueryParser.LiteralScalarContext context) {
        return visit(context.literal());
    }

    @Override
    public Scalar visitPathScalar(IcatQueryParser.PathScalarContext context) {
        return statements.pathValue(StatementBuilder.path(context.path()), context.getStart().getStartIndex());
    }

    @Override
    public Scalar visitStringLiteral(IcatQueryParser.StringLiteralContext context) {
        return LiteralParser.string(context.getText());
    }

    @Override
    public Scalar visitIntegerLiteral(IcatQueryParser.IntegerLiteralContext context) {
        return new Literal.IntegerLiteral(LiteralParser.integer(context.getText(), position(context.getStart())));
    }

    @Override
    public Scalar visitDecimalLiteral(IcatQueryParser.DecimalLiteralContext context) {
        return new Literal.DecimalLiteral(LiteralParser.decimal(context.getText(), position(context.getStart())));
    }

    @Override
    public Scalar visitBooleanLiteral(IcatQueryParser.BooleanLiteralContext context) {
        return new Literal.BooleanLiteral(context.TRUE() != null);
    }

    @Override
    public Scalar visitTimestampLiteral(IcatQueryParser.TimestampLiteralContext context) {
        return new Literal.TimestampLiteral(LiteralParser.timestamp(context.getText(), position(context.getStart())));
    }

    @Override
    public Scalar visitEnumLiteral(IcatQueryParser.EnumLiteralContext context) {
        return LiteralParser.enumConstant(context.getText(), position(context.getStart()));
    }

    @Override
    public Scalar visitParameterLiteral(IcatQueryParser.ParameterLiteralContext context) {
        return LiteralParser.parameter(context.getText(), position(context.getStart()));
    }

    private static int position(Token token) {
        return token.getStartIndex();
    }
}
