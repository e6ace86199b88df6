package org.beamcat.icat.server.authz;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.query.translation.ReadDecision;

/**
 * Whether the rules allow an operation on stored rows, in the database: one row by ICAT's "count where id = :pkid",
 * many rows of one entity by one query for the allowed ones among them; no query at all when the rules allow or deny
 * the whole entity.
 */
public final class RowAccess {

    private RowAccess() {
    }

    public static boolean allows(EntityManager em, CallerRules rules, Operation operation, String entity, long id)
            throws IcatServerException {
        ParameterBindings bindings = new ParameterBindings();
        String idParameter = bindings.bind(id);
        ReadDecision decision = rules.decide(operation, entity, "x", bindings);
        if (decision instanceof ReadDecision.AllowAll) {
            return true;
        }
        if (decision instanceof ReadDecision.DenyAll) {
            return false;
        }
        String condition = ((ReadDecision.Restrict) decision).jpqlCondition();
        // entity is a validated entity name (or a class name of the entity package), never client text.
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.id = "
                + idParameter + " AND (" + condition + ")", Long.class);
        for (Map.Entry<String, Object> parameter : bindings.values().entrySet()) {
            count.setParameter(parameter.getKey(), parameter.getValue());
        }
        return count.getSingleResult() > 0;
    }

    /**
     * The rows among {@code ids} (all of {@code entity}) that the rules allow, by one query: what {@link #allows}
     * answers per row, for a batch of rows created in one call. The caller keeps {@code ids} within maxIdsInQuery.
     */
    public static Set<Long> allowedIds(EntityManager em, CallerRules rules, Operation operation, String entity,
            List<Long> ids) throws IcatServerException {
        ParameterBindings bindings = new ParameterBindings();
        String idsParameter = bindings.bind(List.copyOf(ids));
        ReadDecision decision = rules.decide(operation, entity, "x", bindings);
        if (decision instanceof ReadDecision.AllowAll) {
            return new HashSet<>(ids);
        }
        if (decision instanceof ReadDecision.DenyAll) {
            return Set.of();
        }
        String condition = ((ReadDecision.Restrict) decision).jpqlCondition();
        // entity is a validated entity name (or a class name of the entity package), never client text.
        TypedQuery<Long> allowed = em.createQuery("SELECT x.id FROM " + entity + " x WHERE x.id IN "
                + idsParameter + " AND (" + condition + ")", Long.class);
        for (Map.Entry<String, Object> parameter : bindings.values().entrySet()) {
            allowed.setParameter(parameter.getKey(), parameter.getValue());
        }
        return new HashSet<>(allowed.getResultList());
    }
}
