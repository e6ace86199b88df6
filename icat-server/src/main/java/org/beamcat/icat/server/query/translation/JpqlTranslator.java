package org.beamcat.icat.server.query.translation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.ast.FromItem;
import org.beamcat.icat.server.query.ast.JoinType;
import org.beamcat.icat.server.query.ast.OrderItem;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.SelectItem;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.validation.ResolvedPath;
import org.beamcat.icat.server.query.validation.SelectedItem;
import org.beamcat.icat.server.query.validation.ValidatedQuery;

/**
 * Translates validated queries into JPQL with bound parameters. Stateless and thread-safe.
 *
 * <p>Authorization (contract 3.3, issue 14): under {@link RuleScope#EVERY_ENTITY} the {@link ReadRestriction} is
 * asked about every variable of FROM and JOIN and every entity a path steps through, at each query level (see
 * {@link ReadScope}); its conditions are ANDed into that level's WHERE, or put in the ON clause of a LEFT join.
 * Under {@link RuleScope#SELECTED_ENTITY} only the entities exposed by the SELECT items are restricted, exactly as
 * ICAT does.
 */
public final class JpqlTranslator {

    private static final String VARIABLE_PREFIX = "v";
    /** A plain JPQL identifier as the translator writes them: lower-case letters, digits and _. */
    private static final String JPQL_NAME = "[a-z][a-z0-9_]*";

    /**
     * @param userName    the session's user name, bound wherever the query says {@code :user}
     * @param restriction READ authorization ({@link ReadRestriction#UNRESTRICTED} for root), applied to the
     *                    entities its {@link ReadRestriction#scope()} names
     */
    public JpqlQuery translate(ValidatedQuery query, String userName, ReadRestriction restriction)
            throws IcatServerException {
        Objects.requireNonNull(userName, "userName");
        try {
            return restriction.scope() == RuleScope.EVERY_ENTITY ? everyEntity(query, userName, restriction)
                    : selectedEntity(query, userName, restriction);
        } catch (ReadScope.Failure e) {
            throw e.icatException();
        }
    }

    /** Every variable and followed path restricted at its own level ({@link ReadScope}). */
    private static JpqlQuery everyEntity(ValidatedQuery query, String userName, ReadRestriction restriction) {
        ParameterBindings bindings = new ParameterBindings();
        SelectStatement statement = query.statement();
        VariableNames names = new VariableNames(VARIABLE_PREFIX);
        ReadScope scope = new ReadScope(restriction, bindings);
        FromClauseWriter from = new FromClauseWriter(query, names, statement.from(), scope);
        JpqlWriter writer = new JpqlWriter(query, names, bindings, userName);
        writer.useFrom(from);
        List<String> items = selectItems(query, from);
        List<String> conditions = new ArrayList<>();
        statement.where().ifPresent(where -> conditions.add(writer.condition(where)));
        Clauses clauses = clauses(statement, writer);
        conditions.addAll(scope.conditions());
        return jpqlQuery(query, statement, items, from, conditions, clauses, bindings, scope.denied());
    }

    /** ICAT's semantics: only the entities the SELECT items expose are restricted. */
    private static JpqlQuery selectedEntity(ValidatedQuery query, String userName, ReadRestriction restriction)
            throws IcatServerException {
        ParameterBindings bindings = new ParameterBindings();
        SelectStatement statement = query.statement();
        VariableNames names = new VariableNames(VARIABLE_PREFIX);
        FromClauseWriter from = new FromClauseWriter(query, names, statement.from());
        JpqlWriter writer = new JpqlWriter(query, names, bindings, userName);
        writer.useFrom(from);
        List<String> items = selectItems(query, from);
        Set<Exposure> exposures = new LinkedHashSet<>();
        for (int i = 0; i < statement.selectItems().size(); i++) {
            ResolvedPath path = query.resolution(statement.selectItems().get(i).path());
            int ownerSteps = path.endsInAttribute() ? path.steps().size() - 1 : path.steps().size();
            exposures.add(new Exposure(query.selectedItems().get(i).exposedEntity(),
                    from.selectPathText(path, ownerSteps)));
        }
        List<String> conditions = new ArrayList<>();
        statement.where().ifPresent(where -> conditions.add(writer.condition(where)));
        boolean denied = false;
        for (Exposure exposure : exposures) {
            ReadDecision decision = from.isLaterRange(exposure.jpqlPath())
                    ? restriction.decideById(exposure.entity(), exposure.jpqlPath(), bindings)
                    : restriction.decide(exposure.entity(), exposure.jpqlPath(), bindings);
            if (decision instanceof ReadDecision.DenyAll) {
                denied = true;
            } else if (decision instanceof ReadDecision.Restrict restrict) {
                conditions.add("(" + restrict.jpqlCondition() + ")");
            } else if (decision == null) {
                throw new IcatServerException(IcatErrorType.INTERNAL, "read restriction gave no decision for "
                        + exposure.entity());
            }
        }
        if (denied) {
            // Also in the text, so that running the query anyway can never leak rows.
            conditions.add("1 = 0");
        }
        return jpqlQuery(query, statement, items, from, conditions, clauses(statement, writer), bindings, denied);
    }

    private static List<String> selectItems(ValidatedQuery query, FromClauseWriter from) {
        List<String> items = new ArrayList<>();
        for (SelectItem item : query.statement().selectItems()) {
            ResolvedPath path = query.resolution(item.path());
            String text = from.selectPathText(path, path.steps().size());
            items.add(item instanceof SelectItem.AggregateItem aggregate
                    ? aggregate.function() + "(" + (aggregate.distinct() ? "DISTINCT " : "") + text + ")" : text);
        }
        return items;
    }

    /** GROUP BY, HAVING and ORDER BY, written before the WHERE is put together: their paths add conditions. */
    private record Clauses(String groupBy, String having, String orderBy) {
    }

    private static Clauses clauses(SelectStatement statement, JpqlWriter writer) {
        String groupBy = statement.groupBy().isEmpty() ? "" : " GROUP BY " + writer.joinScalars(statement.groupBy());
        String having = statement.having().map(condition -> " HAVING " + writer.condition(condition)).orElse("");
        List<String> order = new ArrayList<>();
        for (OrderItem item : statement.orderBy()) {
            order.add(writer.orderItem(item));
        }
        return new Clauses(groupBy, having, order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order));
    }

    private static JpqlQuery jpqlQuery(ValidatedQuery query, SelectStatement statement, List<String> items,
            FromClauseWriter from, List<String> conditions, Clauses clauses, ParameterBindings bindings,
            boolean denied) {
        StringBuilder jpql = new StringBuilder("SELECT ").append(statement.distinct() ? "DISTINCT " : "")
                .append(String.join(", ", items)).append(' ').append(from.text());
        if (!conditions.isEmpty()) {
            jpql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        jpql.append(clauses.groupBy()).append(clauses.having()).append(clauses.orderBy());
        return new JpqlQuery(jpql.toString(), bindings.values(), query.selectedItems(), query.include(),
                query.limit(), denied);
    }

    /**
     * For the rules engine: a rule's query ({@code SELECT x FROM Dataset x JOIN ... WHERE ...}) as a condition on
     * one row of the enclosing query, {@code outerPath} (e.g. {@code v1}). Its variables get {@code variablePrefix}
     * so that several rules and the outer query never share a name; its values are bound in {@code bindings}.
     * ORDER BY, INCLUDE and LIMIT of the rule query are ignored.
     *
     * <p>When the rule selects the variable of its entity range and reaches further only through single to-one
     * joins (the usual shape), that variable becomes the row itself and each such join a range tied to the row's
     * foreign key: {@code EXISTS (SELECT r1v1 FROM Dataset r1v1 JOIN r1v1.investigation r1v2 ... WHERE r1v1.id =
     * v1.dataset.id AND (<rule's condition>))}. Other shapes are correlated on the id: {@code EXISTS (SELECT x.id
     * FROM ... WHERE x.id = v1.id AND (...))}. Both keep PostgreSQL from building every id a rule allows (the
     * uncorrelated {@code v1.id IN (<ids>)}: 1,510 ms against 4 ms for one dataset's page at ESRF scale); the first
     * also when a member's rule and the public-data rule are joined by OR, where the id form was still hashed
     * over every datafile the member may read (983 ms against 3.6 ms for one dataset's datafile count).
     *
     * @throws IcatServerException BAD_PARAMETER unless the query selects exactly one entity, without aggregate
     */
    public String translateRowCondition(ValidatedQuery query, String userName, ParameterBindings bindings,
            String variablePrefix, String outerPath) throws IcatServerException {
        return translateRowCondition(query, userName, bindings, variablePrefix, outerPath, true);
    }

    /**
     * As {@link #translateRowCondition(ValidatedQuery, String, ParameterBindings, String, String)}, with
     * {@code throughForeignKeys} false to always correlate on the row's id ({@link ReadRestriction#decideById}).
     */
    public String translateRowCondition(ValidatedQuery query, String userName, ParameterBindings bindings,
            String variablePrefix, String outerPath, boolean throughForeignKeys) throws IcatServerException {
        checkRule(query, userName, variablePrefix);
        Optional<String> root = rowVariable(query.statement());
        // The row's foreign keys are only used from a plain variable of the enclosing query (v1, not v1.dataset).
        if (throughForeignKeys && root.isPresent() && outerPath.matches(JPQL_NAME)) {
            int mark = bindings.size();
            Optional<String> correlated = correlatedThroughForeignKeys(query, userName, bindings, variablePrefix,
                    outerPath, root.get());
            if (correlated.isPresent()) {
                return correlated.get();
            }
            bindings.discardFrom(mark); // the values of the attempt; the id form binds its own
        }
        RuleText rule = ruleText(query, userName, bindings, variablePrefix);
        return "EXISTS (SELECT " + rule.selected() + ".id " + rule.from() + " WHERE " + rule.selected() + ".id = "
                + outerPath + ".id" + rule.where().map(w -> " AND (" + w + ")").orElse("") + ")";
    }

    /**
     * The rule with {@code root} standing for the row, if its shape allows it ({@link FromClauseWriter#correlatable}).
     * The shape is only known once the condition is written, so the caller discards the values bound when it is not.
     */
    private static Optional<String> correlatedThroughForeignKeys(ValidatedQuery query, String userName,
            ParameterBindings bindings, String variablePrefix, String outerVariable, String root) {
        SelectStatement statement = query.statement();
        VariableNames names = new VariableNames(variablePrefix);
        FromClauseWriter from = new FromClauseWriter(query, names, statement.from(), root, outerVariable);
        JpqlWriter writer = new JpqlWriter(query, names, bindings, userName);
        writer.useFrom(from);
        Optional<String> where = statement.where().map(writer::condition);
        if (!from.correlatable()) {
            return Optional.empty();
        }
        if (from.isEmpty()) {
            return Optional.of(where.map(w -> "(" + w + ")").orElse("1 = 1"));
        }
        List<String> conditions = new ArrayList<>(from.correlations());
        where.ifPresent(w -> conditions.add(from.correlations().isEmpty() ? w : "(" + w + ")"));
        return Optional.of("EXISTS (SELECT " + from.firstVariable() + " " + from.text()
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + ")");
    }

    /**
     * The variable a rule selects, when the row can stand for it: it is declared by an entity range, and no LEFT
     * join starts from it (a derived path declaration is an inner join).
     */
    private static Optional<String> rowVariable(SelectStatement statement) {
        Path selected = statement.selectItems().get(0).path();
        if (!selected.isVariableOnly()) {
            return Optional.empty();
        }
        for (FromItem item : statement.from()) {
            if (item instanceof FromItem.EntityRange range && range.variable().equalsIgnoreCase(selected.variable())) {
                boolean leftJoinFromIt = item.joins().stream().anyMatch(join -> join.type() == JoinType.LEFT
                        && join.path().variable().equalsIgnoreCase(range.variable()));
                return leftJoinFromIt ? Optional.empty() : Optional.of(range.variable());
            }
        }
        return Optional.empty();
    }

    private static void checkRule(ValidatedQuery query, String userName, String variablePrefix)
            throws IcatServerException {
        Objects.requireNonNull(userName, "userName");
        if (!variablePrefix.matches(JPQL_NAME)) {
            throw new IllegalArgumentException("variable prefix must be lower-case letters, digits and _");
        }
        if (query.selectedItems().size() != 1 || !query.selectedItems().get(0).returnsEntity()) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                    "A rule query must select exactly one entity, e.g. SELECT ds FROM Dataset ds ...");
        }
    }

    /** A rule's selected path, FROM clause and condition, written with the prefix's variable names. */
    private record RuleText(String selected, String from, Optional<String> where) {
    }

    private RuleText ruleText(ValidatedQuery query, String userName, ParameterBindings bindings, String variablePrefix)
            throws IcatServerException {
        SelectStatement statement = query.statement();
        VariableNames names = new VariableNames(variablePrefix);
        FromClauseWriter from = new FromClauseWriter(query, names, statement.from());
        JpqlWriter writer = new JpqlWriter(query, names, bindings, userName);
        writer.useFrom(from);
        ResolvedPath path = query.resolution(statement.selectItems().get(0).path());
        return new RuleText(from.selectPathText(path, path.steps().size()), from.text(),
                statement.where().map(writer::condition));
    }

    private record Exposure(String entity, String jpqlPath) {
    }
}
