package org.beamcat.icat.server.authz;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;

/**
 * {@link WriteAccessChecker} in the database. One object: ICAT's "count where id = :pkid" check,
 * {@code SELECT COUNT(x) FROM Dataset x WHERE x.id = :p1 AND (<rule conditions>)}. Many objects ({@link #checkAll},
 * the rows of one flush of a createMany): one flush, then per entity type one query per {@code maxIdsInQuery} ids
 * for the allowed ones, {@code SELECT x.id FROM Datafile x WHERE x.id IN :ids AND (<rule conditions>)}: the same
 * decision per row, without a flush and a query per row (issue 4: ten thousand datafiles cost ten thousand of each).
 *
 * @see WriteAccessChecker for when to call it and the transaction contract
 */
public final class RuleWriteAccessChecker implements WriteAccessChecker {

    private final RuleEngine rules;
    private final EntityManager em;
    private final int maxIdsInQuery;

    /**
     * @param em            the entity manager of the caller's transaction, the one the entities belong to
     * @param maxIdsInQuery most ids in one IN list of {@link #checkAll}
     */
    public RuleWriteAccessChecker(RuleEngine rules, EntityManager em, int maxIdsInQuery) {
        if (maxIdsInQuery < 1) {
            throw new IllegalArgumentException("maxIdsInQuery must be positive: " + maxIdsInQuery);
        }
        this.rules = rules;
        this.em = em;
        this.maxIdsInQuery = maxIdsInQuery;
    }

    @Override
    public void check(Caller caller, Object entity, Operation operation) throws IcatServerException {
        if (caller.root()) {
            return;
        }
        EntityBase bean = bean(entity);
        flushIfChanging(operation);
        if (!RowAccess.allows(em, rules.forCaller(caller), operation, entityName(bean), id(bean))) {
            throw refused(operation, entityName(bean), -1);
        }
    }

    @Override
    public void checkAll(Caller caller, List<?> entities, Operation operation) throws IcatServerException {
        if (caller.root() || entities.isEmpty()) {
            return;
        }
        flushIfChanging(operation);
        // Index in entities of each row, grouped by entity type (one query per type and chunk).
        Map<String, List<Integer>> byEntity = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            EntityBase bean = bean(entities.get(i));
            id(bean);
            byEntity.computeIfAbsent(entityName(bean), name -> new ArrayList<>()).add(i);
        }
        CallerRules callerRules = rules.forCaller(caller);
        int firstRefused = Integer.MAX_VALUE;
        String refusedEntity = null;
        for (Map.Entry<String, List<Integer>> group : byEntity.entrySet()) {
            List<Integer> indexes = group.getValue();
            for (int from = 0; from < indexes.size(); from += maxIdsInQuery) {
                List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + maxIdsInQuery));
                List<Long> ids = chunk.stream().map(i -> ((EntityBase) entities.get(i)).getId()).toList();
                Set<Long> allowed = RowAccess.allowedIds(em, callerRules, operation, group.getKey(), ids);
                for (int k = 0; k < chunk.size(); k++) {
                    if (!allowed.contains(ids.get(k)) && chunk.get(k) < firstRefused) {
                        firstRefused = chunk.get(k);
                        refusedEntity = group.getKey();
                    }
                }
            }
        }
        if (refusedEntity != null) {
            // The row a per-object loop would have refused first.
            throw refused(operation, refusedEntity, firstRefused);
        }
    }

    private void flushIfChanging(Operation operation) {
        if (operation == Operation.CREATE || operation == Operation.UPDATE) {
            // The rules must see the objects as they will be: new rows, changed relations.
            em.flush();
        }
    }

    private static EntityBase bean(Object entity) {
        if (!(entity instanceof EntityBase bean)) {
            throw new IllegalArgumentException("not a catalogue entity: " + entity);
        }
        return bean;
    }

    private static long id(EntityBase bean) {
        if (bean.getId() == null) {
            throw new IllegalStateException(bean.getClass().getSimpleName() + " has no id yet: persist it first");
        }
        return bean.getId();
    }

    private static IcatServerException refused(Operation operation, String entity, int offset) {
        return new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES,
                AccessMessages.notAllowed(operation, entity), offset);
    }

    /** JPA entity names are the ICAT names, which are the class names. */
    private static String entityName(EntityBase bean) {
        return bean.getClass().getSimpleName();
    }
}
