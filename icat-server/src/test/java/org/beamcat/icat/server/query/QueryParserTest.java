package org.beamcat.icat.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.ast.AggregateFunction;
import org.beamcat.icat.server.query.ast.ArithmeticOperator;
import org.beamcat.icat.server.query.ast.ComparisonOperator;
import org.beamcat.icat.server.query.ast.Condition;
import org.beamcat.icat.server.query.ast.FromItem;
import org.beamcat.icat.server.query.ast.GetQuery;
import org.beamcat.icat.server.query.ast.IncludeClause;
import org.beamcat.icat.server.query.ast.Join;
import org.beamcat.icat.server.query.ast.JoinType;
import org.beamcat.icat.server.query.ast.Limit;
import org.beamcat.icat.server.query.ast.Literal;
import org.beamcat.icat.server.query.ast.OrderItem;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.ast.SelectItem;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.parse.QueryParser;
import org.junit.jupiter.api.Test;

/** The syntax tree the parser builds, independent of the model. */
class QueryParserTest {

    private final QueryParser parser = new QueryParser();

    private static Scalar path(String variable, String... fields) {
        return new Scalar.PathValue(Path.of(variable, fields));
    }

    @Test
    void wholeStatement() throws IcatServerException {
        SelectStatement statement = parser.parseSelect("select distinct ds, count(distinct df.id) "
                + "from Dataset as ds left outer join ds.datafiles df, ds.investigation inv "
                + "where ds.name = 'it''s' and not df.fileSize > 10 "
                + "group by ds having count(df) >= 2 order by ds.name desc, ds.id "
                + "limit 5, 10 include ds.type t, ds.investigation.facility");
        assertEquals(new SelectStatement(true,
                List.of(new SelectItem.PathItem(Path.of("ds")),
                        new SelectItem.AggregateItem(AggregateFunction.COUNT, true, Path.of("df", "id"))),
                List.of(new FromItem.EntityRange("Dataset", "ds",
                                List.of(new Join(JoinType.LEFT, Path.of("ds", "datafiles"), "df"))),
                        new FromItem.PathRange(Path.of("ds", "investigation"), "inv", List.of())),
                Optional.of(new Condition.And(List.of(
                        new Condition.Comparison(path("ds", "name"), ComparisonOperator.EQUAL,
                                new Literal.StringLiteral("it's")),
                        new Condition.Not(new Condition.Comparison(path("df", "fileSize"),
                                ComparisonOperator.GREATER, new Literal.IntegerLiteral(10)))))),
                List.of(path("ds")),
                Optional.of(new Condition.Comparison(new Scalar.Aggregate(AggregateFunction.COUNT, false,
                        path("df")), ComparisonOperator.GREATER_OR_EQUAL, new Literal.IntegerLiteral(2))),
                List.of(new OrderItem(path("ds", "name"), true), new OrderItem(path("ds", "id"), false)),
                Optional.of(new IncludeClause.Steps(List.of(
                        new IncludeClause.Steps.Step(Path.of("ds", "type"), Optional.of("t")),
                        new IncludeClause.Steps.Step(Path.of("ds", "investigation", "facility"),
                                Optional.empty())))),
                Optional.of(new Limit(5, OptionalInt.of(10)))), statement);
    }

    private Condition where(String condition) throws IcatServerException {
        return parser.parseSelect("SELECT x FROM X x WHERE " + condition).where().orElseThrow();
    }

    @Test
    void literals() throws IcatServerException {
        assertEquals(new Condition.InList(path("x", "a"), List.of(new Literal.IntegerLiteral(1),
                new Literal.DecimalLiteral(new BigDecimal("2.5")), new Literal.DecimalLiteral(new BigDecimal("1E3")),
                new Literal.IntegerLiteral(-4), new Literal.BooleanLiteral(true), new Literal.BooleanLiteral(false),
                new Literal.TimestampLiteral(LocalDateTime.of(2011, 1, 15, 13, 5, 9)),
                new Literal.EnumLiteral("StudyStatus", "NEW"), new Literal.CurrentUser(),
                new Literal.StringLiteral("")), false),
                where("x.a IN (1, 2.5, 1e3, -4, True, FALSE, {ts 2011-01-15 13:05:09}, "
                        + "org.icatproject.StudyStatus.NEW, :user, '')"));
    }

    @Test
    void precedenceOfLogicalAndArithmeticOperators() throws IcatServerException {
        Condition a = new Condition.Comparison(path("x", "a"), ComparisonOperator.EQUAL, new Literal.IntegerLiteral(1));
        Condition b = new Condition.Comparison(path("x", "b"), ComparisonOperator.NOT_EQUAL,
                new Literal.IntegerLiteral(2));
        Condition c = new Condition.IsNull(path("x", "c"), true);
        assertEquals(new Condition.Or(List.of(a, new Condition.And(List.of(b, c)))),
                where("x.a = 1 OR x.b != 2 AND x.c IS NOT NULL"));
        assertEquals(new Condition.And(List.of(new Condition.Or(List.of(a, b)), c)),
                where("(x.a = 1 OR x.b <> 2) AND x.c IS NOT NULL"));
        assertEquals(new Condition.Comparison(new Scalar.Arithmetic(path("x", "a"), List.of(
                        new Scalar.Arithmetic.Step(ArithmeticOperator.PLUS, new Scalar.Arithmetic(path("x", "b"),
                                List.of(new Scalar.Arithmetic.Step(ArithmeticOperator.TIMES, path("x", "c"))))),
                        new Scalar.Arithmetic.Step(ArithmeticOperator.MINUS, new Scalar.Negative(path("x", "d"))))),
                        ComparisonOperator.LESS, new Literal.IntegerLiteral(0)),
                where("x.a + x.b * x.c - -x.d < 0"));
    }

    @Test
    void betweenDoesNotSwallowAnd() throws IcatServerException {
        assertEquals(new Condition.And(List.of(
                new Condition.Between(path("x", "a"), new Literal.IntegerLiteral(1), new Literal.IntegerLiteral(2),
                        true),
                new Condition.Comparison(path("x", "b"), ComparisonOperator.EQUAL, new Literal.IntegerLiteral(3)))),
                where("x.a NOT BETWEEN 1 AND 2 AND x.b = 3"));
    }

    @Test
    void otherPredicates() throws IcatServerException {
        assertEquals(new Condition.Like(path("x", "a"), new Literal.StringLiteral("a%"),
                Optional.of(new Literal.StringLiteral("!")), true), where("x.a NOT LIKE 'a%' ESCAPE '!'"));
        assertEquals(new Condition.IsEmpty(Path.of("x", "cs"), false), where("x.cs IS EMPTY"));
        assertEquals(new Condition.MemberOf(path("y"), Path.of("x", "cs"), true), where("y NOT MEMBER OF x.cs"));
        assertEquals(new Condition.MemberOf(path("y"), Path.of("x", "cs"), false), where("y MEMBER x.cs"));
        assertTrue(where("EXISTS (SELECT y FROM Y y)") instanceof Condition.Exists);
        assertTrue(where("NOT EXISTS (SELECT y FROM Y y)") instanceof Condition.Not);
        assertTrue(where("x.a > ANY (SELECT y.a FROM Y y)") instanceof Condition.QuantifiedComparison);
        assertTrue(where("x.a IN (SELECT y.a FROM Y y GROUP BY y.a HAVING COUNT(y) > 1)")
                instanceof Condition.InSubquery);
        assertTrue(where("x.a = (SELECT MAX(y.a) FROM Y y)") instanceof Condition.Comparison);
        assertEquals(new Condition.Comparison(new Scalar.CurrentValue(
                org.beamcat.icat.server.query.ast.CurrentDateTime.CURRENT_DATE), ComparisonOperator.GREATER,
                path("x", "d")), where("current_date > x.d"));
    }

    @Test
    void collectionMemberDeclaration() throws IcatServerException {
        assertEquals(List.of(new FromItem.EntityRange("X", "x", List.of()),
                new FromItem.PathRange(Path.of("x", "cs"), "c", List.of())),
                parser.parseSelect("SELECT x FROM X x, IN(x.cs) AS c").from());
    }

    @Test
    void includeBeforeLimitAndIncludeOne() throws IcatServerException {
        SelectStatement statement = parser.parseSelect("SELECT x FROM X x INCLUDE 1 LIMIT 0, *");
        assertEquals(Optional.of(new IncludeClause.AllToOne()), statement.include());
        assertEquals(Optional.of(new Limit(0, OptionalInt.empty())), statement.limit());
    }

    @Test
    void getQueries() throws IcatServerException {
        assertEquals(new GetQuery("Dataset", Optional.empty(), Optional.empty()), parser.parseGet("Dataset"));
        assertEquals(new GetQuery("Dataset", Optional.of("ds"), Optional.of(new IncludeClause.Steps(List.of(
                new IncludeClause.Steps.Step(Path.of("ds", "datafiles"), Optional.of("df")))))),
                parser.parseGet("Dataset ds INCLUDE ds.datafiles df"));
        assertEquals(new GetQuery("Dataset", Optional.empty(), Optional.of(new IncludeClause.EntityTypes(
                List.of("Datafile", "DatafileParameter")))), parser.parseGet("Dataset INCLUDE Datafile, DatafileParameter"));
    }
}
