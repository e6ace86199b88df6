package org.beamcat.icat.server.authz;

import jakarta.persistence.EntityManager;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;

/**
 * {@link WriteAccessChecker} by one database query per object, ICAT's "count where id = :pkid" check:
 * {@code SELECT COUNT(x) FROM Dataset x WHERE x.id = :p1 AND (<rule conditions>)}.
 *
 * @see WriteAccessChecker for when to call it and the transaction contract
 */
public final class RuleWriteAccessChecker implements WriteAccessChecker {

    private final RuleEngine rules;
    private final EntityManager em;

    /** @param em the entity manager of the caller's transaction, the one the entity belongs to */
    public RuleWriteAccessChecker(RuleEngine rules, EntityManager em) {
        this.rules = rules;
        this.em = em;
    }

    @Override
    public void check(Caller caller, Object entity, Operation operation) throws IcatServerException {
        if (caller.root()) {
            return;
        }
        if (!(entity instanceof EntityBase bean)) {
            throw new IllegalArgumentException("not a catalogue entity: " + entity);
        }
        if (operation == Operation.CREATE || operation == Operation.UPDATE) {
            // The rules must see the object as it will be: new row, changed relations.
            em.flush();
        }
        if (bean.getId() == null) {
            throw new IllegalStateException(bean.getClass().getSimpleName() + " has no id yet: persist it first");
        }
        if (!RowAccess.allows(em, rules.forCaller(caller), operation, entityName(bean), bean.getId())) {
            throw new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES, AccessMessages.notAllowed(
                    operation, entityName(bean)));
        }
    }

    /** JPA entity names are the ICAT names, which are the class names. */
    private static String entityName(EntityBase bean) {
        return bean.getClass().getSimpleName();
    }
}
