package org.beamcat.icat.server.authz;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.query.translation.ReadDecision;

/**
 * Whether the rules allow an operation on one stored row, by one count query in the database (ICAT's "count
 * where id = :pkid"); no query at all when the rules allow or deny the whole entity.
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
}
