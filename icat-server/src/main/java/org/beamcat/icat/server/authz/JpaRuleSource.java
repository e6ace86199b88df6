package org.beamcat.icat.server.authz;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the authorization tables with an entity manager of its own, outside the caller's transaction, so the
 * shared cache never holds a rule that another transaction has not committed (or will roll back).
 */
public final class JpaRuleSource implements RuleSource {

    private final EntityManagerFactory factory;

    public JpaRuleSource(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public RuleRows load() {
        EntityManager em = factory.createEntityManager();
        try {
            List<RuleRows.RuleRow> rules = new ArrayList<>();
            for (Object[] row : em.createQuery(
                    "SELECT r.id, r.crudFlags, r.what, g.id FROM Rule r LEFT OUTER JOIN r.grouping g ORDER BY r.id",
                    Object[].class).getResultList()) {
                rules.add(new RuleRows.RuleRow((Long) row[0], (String) row[1], (String) row[2], (Long) row[3]));
            }
            List<RuleRows.PublicStepRow> steps = new ArrayList<>();
            for (Object[] row : em.createQuery("SELECT ps.origin, ps.field FROM PublicStep ps", Object[].class)
                    .getResultList()) {
                steps.add(new RuleRows.PublicStepRow((String) row[0], (String) row[1]));
            }
            return new RuleRows(rules, steps);
        } finally {
            em.close();
        }
    }
}
