package org.beamcat.icat.server.authz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.translation.JpqlTranslator;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.query.translation.ReadDecision;
import org.beamcat.icat.server.query.translation.ReadRestriction;
import org.beamcat.icat.server.query.translation.RuleScope;

/**
 * The rules for one caller during one call, as JPQL conditions evaluated by the database (contract 3.3, 4.4):
 * a row is allowed when some rule for its entity and operation contains it, the rule's grouping being null
 * (everyone) or one the caller belongs to. Membership is itself a sub-select on UserGroup with {@code :user}
 * bound, so no rows (and no memberships) are ever loaded into Java to decide.
 *
 * <p>Root callers are never restricted. Not thread-safe: it numbers the variables of the sub-selects it
 * writes, so that several conditions in one statement never share a name.
 */
public final class CallerRules implements ReadRestriction {

    private final Caller caller;
    private final RuleSnapshot snapshot;
    private final JpqlTranslator translator;
    private final RuleScope scope;
    private int subqueries;

    CallerRules(Caller caller, RuleSnapshot snapshot, JpqlTranslator translator, RuleScope scope) {
        this.caller = caller;
        this.snapshot = snapshot;
        this.translator = translator;
        this.scope = scope;
    }

    /** Which entities of a search the rules restrict ({@code beamcat.icat.rule-scope}). */
    @Override
    public RuleScope scope() {
        return scope;
    }

    public Caller caller() {
        return caller;
    }

    /** READ, as the query translator asks it for each entity of a query (or each selected one, ICAT's scope). */
    @Override
    public ReadDecision decide(String entity, String jpqlPath, ParameterBindings bindings)
            throws IcatServerException {
        return decide(Operation.READ, entity, jpqlPath, bindings);
    }

    /**
     * @param jpqlPath JPQL expression for the rows of {@code entity}, which each rule's condition is about
     */
    @Override
    public ReadDecision decideById(String entity, String jpqlPath, ParameterBindings bindings)
            throws IcatServerException {
        return decide(Operation.READ, entity, jpqlPath, bindings, false);
    }

    public ReadDecision decide(Operation operation, String entity, String jpqlPath, ParameterBindings bindings)
            throws IcatServerException {
        return decide(operation, entity, jpqlPath, bindings, true);
    }

    private ReadDecision decide(Operation operation, String entity, String jpqlPath, ParameterBindings bindings,
            boolean throughForeignKeys) throws IcatServerException {
        if (caller.root() || operation == Operation.READ && snapshot.isPublicTable(entity)) {
            return new ReadDecision.AllowAll();
        }
        List<String> alternatives = new ArrayList<>();
        for (CompiledRule rule : snapshot.rules(entity, operation)) {
            if (rule.unrestricted() && rule.forEveryone()) {
                return new ReadDecision.AllowAll();
            }
            List<String> parts = new ArrayList<>(2);
            if (!rule.forEveryone()) {
                parts.add(membership(rule.groupingId(), bindings));
            }
            if (!rule.unrestricted()) {
                parts.add(translator.translateRowCondition(rule.query().get(), caller.userName(), bindings,
                        nextPrefix(), jpqlPath, throughForeignKeys));
            }
            alternatives.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")");
        }
        if (alternatives.isEmpty()) {
            return new ReadDecision.DenyAll();
        }
        return new ReadDecision.Restrict(String.join(" OR ", alternatives));
    }

    /**
     * READ of an Investigation, Dataset or Datafile decided by its investigation: {@code investigations} is a
     * condition on the investigation variable that holds exactly for the investigations whose rows of the entity
     * the caller reads through the rules that are about the investigation alone; {@code othersRemain} says that the
     * entity has other READ rules, so a row outside those investigations may still be readable row by row.
     */
    public record ByInvestigation(ReadDecision investigations, boolean othersRemain) {
    }

    /**
     * READ of {@code entity}'s rows by their investigation ({@code investigationVariable}, a plain variable over
     * Investigation), when some of its rules allow it; empty when none does (every row must be checked).
     */
    public Optional<ByInvestigation> decideByInvestigation(String entity, String investigationVariable,
            ParameterBindings bindings) throws IcatServerException {
        if (caller.root() || snapshot.isPublicTable(entity)) {
            return Optional.of(new ByInvestigation(new ReadDecision.AllowAll(), false));
        }
        Optional<RuleSnapshot.ByInvestigation> shaped = snapshot.byInvestigation(entity);
        if (shaped.isEmpty() || shaped.get().rules().isEmpty()) {
            return Optional.empty();
        }
        List<String> alternatives = new ArrayList<>();
        for (CompiledRule rule : shaped.get().rules()) {
            List<String> parts = new ArrayList<>(2);
            if (!rule.forEveryone()) {
                parts.add(membership(rule.groupingId(), bindings));
            }
            if (!rule.unrestricted()) {
                parts.add(translator.translateRowCondition(rule.query().get(), caller.userName(), bindings,
                        nextPrefix(), investigationVariable, true));
            }
            if (parts.isEmpty()) {
                return Optional.of(new ByInvestigation(new ReadDecision.AllowAll(), false));
            }
            alternatives.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")");
        }
        return Optional.of(new ByInvestigation(new ReadDecision.Restrict(String.join(" OR ", alternatives)),
                shaped.get().othersRemain()));
    }

    /**
     * INCLUDE, and under {@link RuleScope#EVERY_ENTITY} a join or path of a search, may follow
     * {@code originEntity.field} from a readable row without checking READ on the targets.
     */
    @Override
    public boolean isPublicStep(String originEntity, String field) {
        return caller.root() || snapshot.isPublicStep(originEntity, field);
    }

    /** True when the caller belongs to the grouping; uncorrelated, so the database evaluates it once. */
    private String membership(long groupingId, ParameterBindings bindings) {
        String prefix = nextPrefix();
        String userGroup = prefix + "ug";
        String user = prefix + "u";
        return "EXISTS (SELECT " + userGroup + ".id FROM UserGroup " + userGroup + " JOIN " + userGroup
                + ".user " + user + " WHERE " + userGroup + ".grouping.id = " + bindings.bind(groupingId)
                + " AND " + user + ".name = " + bindings.bind(caller.userName()) + ")";
    }

    private String nextPrefix() {
        subqueries++;
        return "r" + subqueries + "_";
    }
}
