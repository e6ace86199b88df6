package org.beamcat.icat.server.authz;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.query.translation.ReadDecision;

/**
 * DELETE on cascaded descendants (contract 1.4.6 and 4.4: "Delete needs DELETE on the object and on every cascaded
 * descendant"), set-based: for each entity type reachable from the targets through one-to-many relationships, one
 * query looks for a descendant of any target that the caller's DELETE rules do not cover:
 * {@code SELECT DISTINCT r.id FROM Dataset r JOIN r.datafiles d WHERE r.id IN :roots AND NOT (<DELETE rules on d>)}.
 * No query for a type the rules allow entirely; the descendants are never loaded. Root callers are not checked.
 */
public final class CascadeDeleteAccess {

    /** Deeper one-to-many chains do not exist in the ICAT schema; a guard against cycles in another model. */
    private static final int MAX_DEPTH = 8;

    private final RuleEngine rules;
    private final EntityManager em;
    private final EntityModel model;

    public CascadeDeleteAccess(RuleEngine rules, EntityManager em, EntityModel model) {
        this.rules = rules;
        this.em = em;
        this.model = model;
    }

    /**
     * Refuses with INSUFFICIENT_PRIVILEGES "DELETE access to this Datafile is not allowed." when some descendant of
     * the rows {@code ids} of {@code entity} may not be deleted by the caller; the exception's offset is the index in
     * {@code ids} of a target whose descendant is refused.
     */
    public void check(Caller caller, String entity, List<Long> ids) throws IcatServerException {
        if (caller.root() || ids.isEmpty()) {
            return;
        }
        CallerRules callerRules = rules.forCaller(caller);
        Set<String> onPath = new HashSet<>();
        onPath.add(entity);
        walk(callerRules, entity, entity, new ArrayList<>(), onPath, ids);
    }

    private void walk(CallerRules callerRules, String root, String current, List<String> fields, Set<String> onPath,
            List<Long> ids) throws IcatServerException {
        if (fields.size() >= MAX_DEPTH) {
            return;
        }
        EntityInfo info = model.entity(current).orElseThrow();
        List<FieldInfo> children = info.fields().stream().filter(field -> field.kind() == FieldKind.TO_MANY)
                .sorted(Comparator.comparing(FieldInfo::name)).toList();
        for (FieldInfo child : children) {
            String target = child.targetEntity();
            if (onPath.contains(target)) {
                continue;
            }
            fields.add(child.name());
            List<Long> refusedRoots = refusedRoots(callerRules, root, fields, target, ids);
            if (!refusedRoots.isEmpty()) {
                int offset = refusedRoots.stream().mapToInt(ids::indexOf).min().orElse(-1);
                throw new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES,
                        AccessMessages.notAllowed(Operation.DELETE, target), offset);
            }
            onPath.add(target);
            walk(callerRules, root, target, fields, onPath, ids);
            onPath.remove(target);
            fields.remove(fields.size() - 1);
        }
    }

    /** The targets (at most ids.size()) with a descendant via {@code fields} the caller may not delete. */
    private List<Long> refusedRoots(CallerRules callerRules, String root, List<String> fields, String target,
            List<Long> ids) throws IcatServerException {
        ParameterBindings bindings = new ParameterBindings();
        ReadDecision decision = callerRules.decide(Operation.DELETE, target, "d", bindings);
        if (decision instanceof ReadDecision.AllowAll) {
            return List.of();
        }
        // Entity and field names come from the model, never from the request; ids and rule values are bound.
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT r.id FROM ").append(root).append(" r");
        String previous = "r";
        for (int i = 0; i < fields.size(); i++) {
            String variable = i == fields.size() - 1 ? "d" : "j" + i;
            jpql.append(" JOIN ").append(previous).append('.').append(fields.get(i)).append(' ').append(variable);
            previous = variable;
        }
        jpql.append(" WHERE r.id IN ").append(bindings.bind(List.copyOf(ids)));
        if (decision instanceof ReadDecision.Restrict restrict) {
            jpql.append(" AND NOT (").append(restrict.jpqlCondition()).append(')');
        }
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        for (Map.Entry<String, Object> parameter : bindings.values().entrySet()) {
            query.setParameter(parameter.getKey(), parameter.getValue());
        }
        return query.getResultList();
    }
}
