package org.beamcat.icat.server.authz;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.query.IcatQueries;
import org.beamcat.icat.server.query.ast.FromItem;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.validation.ValidatedQuery;

/**
 * Turns a Rule's {@code crudFlags} and {@code what} into a {@link CompiledRule} with the query language. A rule
 * that cannot be compiled grants nothing (deny by default) and is logged; rejecting bad rules with
 * BAD_PARAMETER when they are written is the write path's job ({@link #compile} can be reused for it).
 *
 * <p>{@code what} forms: a bare entity name ({@code Dataset}), any other concise query selecting the entity
 * ({@code Dataset <-> DatasetType [name = 'PB']}, contract 3.7) or a JPQL-like {@code SELECT x FROM Entity x ...};
 * both dialects become the same validated query, so a concise rule is a database-side restriction like a JPQL one.
 */
public final class RuleCompiler {

    private static final Logger LOG = Logger.getLogger(RuleCompiler.class.getName());

    private final IcatQueries queries;
    private final EntityModel model;

    public RuleCompiler(IcatQueries queries, EntityModel model) {
        this.queries = queries;
        this.model = model;
    }

    /** The compiled rule, or empty (logged) when the rule is unusable. */
    public Optional<CompiledRule> compileOrSkip(long ruleId, String crudFlags, String what, Long groupingId) {
        try {
            return Optional.of(compile(ruleId, crudFlags, what, groupingId));
        } catch (IcatServerException e) {
            LOG.log(Level.WARNING, "Rule {0} ({1}) grants nothing: {2}", new Object[] {Long.toString(ruleId), what,
                    e.getMessage()});
            return Optional.empty();
        }
    }

    public CompiledRule compile(long ruleId, String crudFlags, String what, Long groupingId)
            throws IcatServerException {
        Set<Operation> operations = operations(crudFlags);
        String trimmed = what == null ? "" : what.strip();
        if (model.entity(trimmed).isPresent()) {
            return new CompiledRule(ruleId, trimmed, operations, groupingId, Optional.empty());
        }
        ValidatedQuery query = queries.validate(trimmed);
        if (query.selectedItems().size() != 1 || !query.selectedItems().get(0).returnsEntity()) {
            // Also excludes 4.8 attribute rules (SELECT x.attr ...), which only refine UPDATE.
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                    "A rule must select exactly one entity, e.g. SELECT ds FROM Dataset ds ...");
        }
        SelectStatement statement = query.statement();
        if (statement.include().isPresent() || statement.limit().isPresent() || !statement.orderBy().isEmpty()) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                    "A rule may not have INCLUDE, LIMIT or ORDER BY (contract 4.4): " + trimmed);
        }
        String entity = query.selectedItems().get(0).exposedEntity();
        return new CompiledRule(ruleId, entity, operations, groupingId,
                coversAllRows(query.statement()) ? Optional.empty() : Optional.of(query));
    }

    /**
     * The rule as a READ rule of the rows' investigations when its condition is about the investigation alone
     * ({@link InvestigationShape}); empty otherwise. An unrestricted rule of Dataset or Datafile covers every
     * investigation's rows.
     */
    Optional<CompiledRule> overInvestigation(CompiledRule rule) {
        if (!InvestigationShape.applies(rule.entity())) {
            return Optional.empty();
        }
        if (rule.unrestricted()) {
            return Optional.of(new CompiledRule(rule.ruleId(), "Investigation", rule.operations(), rule.groupingId(),
                    Optional.empty()));
        }
        Optional<SelectStatement> rewritten = InvestigationShape.overInvestigation(rule.entity(),
                rule.query().get().statement());
        if (rewritten.isEmpty()) {
            return Optional.empty();
        }
        try {
            ValidatedQuery query = queries.validate(rewritten.get());
            return Optional.of(new CompiledRule(rule.ruleId(), "Investigation", rule.operations(), rule.groupingId(),
                    coversAllRows(rewritten.get()) ? Optional.empty() : Optional.of(query)));
        } catch (IcatServerException e) {
            LOG.log(Level.FINE, "Rule {0} is checked row by row: {1}", new Object[] {Long.toString(rule.ruleId()),
                    e.getMessage()});
            return Optional.empty();
        }
    }

    /** {@code SELECT x FROM Entity x} and nothing else: no joins (inner joins drop rows), no WHERE. */
    private static boolean coversAllRows(SelectStatement statement) {
        return statement.where().isEmpty() && statement.from().size() == 1
                && statement.from().get(0) instanceof FromItem.EntityRange range && range.joins().isEmpty()
                && statement.selectItems().get(0).path().isVariableOnly()
                && statement.groupBy().isEmpty() && statement.having().isEmpty();
    }

    private static Set<Operation> operations(String crudFlags) throws IcatServerException {
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        String flags = crudFlags == null ? "" : crudFlags.toUpperCase(Locale.ROOT);
        for (char flag : flags.toCharArray()) {
            Operation operation = null;
            for (Operation candidate : Operation.values()) {
                if (candidate.flag() == flag) {
                    operation = candidate;
                }
            }
            if (operation == null) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                        "crudFlags may only contain C, R, U and D: " + crudFlags);
            }
            operations.add(operation);
        }
        return operations;
    }
}
