package org.beamcat.icat.server.authz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
