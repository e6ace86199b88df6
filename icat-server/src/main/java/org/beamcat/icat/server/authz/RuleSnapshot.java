package org.beamcat.icat.server.authz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All rules compiled at one moment, indexed by (entity, operation), with the public tables and public steps
 * derived from them (contract 4.4). Immutable; replaced as a whole when the rules change.
 */
final class RuleSnapshot {

    private final long version;
    private final Map<String, List<CompiledRule>> byEntityAndOperation = new HashMap<>();
    private final Set<String> publicTables = new HashSet<>();
    private final Set<String> publicSteps = new HashSet<>();
    private final Map<String, ByInvestigation> byInvestigation = new HashMap<>();

    /**
     * The READ rules of Investigation, Dataset or Datafile that are about the row's investigation alone, written as
     * rules of that investigation ({@link InvestigationShape}), and whether other READ rules of the entity remain.
     */
    record ByInvestigation(List<CompiledRule> rules, boolean othersRemain) {
    }

    RuleSnapshot(long version, RuleRows rows, RuleCompiler compiler) {
        this.version = version;
        for (RuleRows.RuleRow row : rows.rules()) {
            compiler.compileOrSkip(row.id(), row.crudFlags(), row.what(), row.groupingId()).ifPresent(rule -> {
                for (Operation operation : rule.operations()) {
                    byEntityAndOperation.computeIfAbsent(key(rule.entity(), operation), k -> new ArrayList<>())
                            .add(rule);
                }
                // ICAT quirk kept on purpose: a table is public when it has an unrestricted rule for everyone,
                // whatever that rule's flags are (even "C" alone makes it world-readable).
                if (rule.unrestricted() && rule.forEveryone()) {
                    publicTables.add(rule.entity());
                }
            });
        }
        for (String entity : InvestigationShape.ENTITIES) {
            List<CompiledRule> rewritten = new ArrayList<>();
            boolean othersRemain = false;
            for (CompiledRule rule : rules(entity, Operation.READ)) {
                Optional<CompiledRule> overInvestigation = compiler.overInvestigation(rule);
                overInvestigation.ifPresent(rewritten::add);
                othersRemain |= overInvestigation.isEmpty();
            }
            byInvestigation.put(entity, new ByInvestigation(List.copyOf(rewritten), othersRemain));
        }
        for (RuleRows.PublicStepRow step : rows.publicSteps()) {
            publicSteps.add(step.origin() + "." + step.field());
        }
    }

    long version() {
        return version;
    }

    List<CompiledRule> rules(String entity, Operation operation) {
        return byEntityAndOperation.getOrDefault(key(entity, operation), List.of());
    }

    /** Empty for an entity whose rows are not in an investigation's tree. */
    Optional<ByInvestigation> byInvestigation(String entity) {
        return Optional.ofNullable(byInvestigation.get(entity));
    }

    boolean isPublicTable(String entity) {
        return publicTables.contains(entity);
    }

    boolean isPublicStep(String originEntity, String field) {
        return publicSteps.contains(originEntity + "." + field);
    }

    private static String key(String entity, Operation operation) {
        return entity + "/" + operation.flag();
    }
}
