package org.beamcat.icat.server.authz;

import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.server.query.validation.ValidatedQuery;

/**
 * One Rule row, parsed once: the entity it grants access to, the operations its flags allow, the grouping it
 * is limited to, and the query that says which rows (empty when the rule covers every row of the entity).
 *
 * @param ruleId     the Rule's id, for log messages
 * @param entity     ICAT name of the entity the rule's query selects
 * @param operations the operations of {@code crudFlags}
 * @param groupingId the rule's grouping, or null when the rule applies to every user
 * @param query      the rows the rule covers; empty for "all rows" ({@code SELECT x FROM Dataset x} or just
 *                   {@code Dataset})
 */
public record CompiledRule(long ruleId, String entity, Set<Operation> operations, Long groupingId,
        Optional<ValidatedQuery> query) {

    public CompiledRule {
        operations = Set.copyOf(operations);
    }

    public boolean unrestricted() {
        return query.isEmpty();
    }

    public boolean forEveryone() {
        return groupingId == null;
    }

    public boolean allows(Operation operation) {
        return operations.contains(operation);
    }
}
