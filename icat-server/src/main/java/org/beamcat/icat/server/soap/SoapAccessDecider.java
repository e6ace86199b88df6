package org.beamcat.icat.server.soap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.Operation;
import org.beamcat.icat.server.authz.RowAccess;
import org.beamcat.icat.server.authz.RuleEngine;
import org.beamcat.icat.server.catalogue.CatalogueService;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.IcatEntities;

/**
 * {@code isAccessAllowed}, answered by the catalogue's own checks: READ by a get with the caller's rules,
 * UPDATE and DELETE by the row rules the writer applies, CREATE by the very write, rolled back (as ICAT
 * 4.7 does), so unique keys, not-null fields and CREATE rules all count.
 */
@Stateless
public class SoapAccessDecider {

    @EJB
    CatalogueService catalogue;

    @Inject
    RuleEngine rules;

    @PersistenceContext(unitName = "icat")
    EntityManager em;

    @Resource
    SessionContext context;

    /** READ, UPDATE or DELETE on an existing object. */
    public boolean allows(Caller caller, String entity, Long id, AccessType access) throws IcatServerException {
        if (id == null) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, entity + " has no id");
        }
        if (em.find(entityClass(entity), id) == null) {
            throw new IcatServerException(IcatErrorType.NO_SUCH_OBJECT_FOUND, entity + "[id:" + id + "] not found.");
        }
        if (access == AccessType.READ) {
            return refusedAsFalse(() -> catalogue.get(caller, entity, id));
        }
        return caller.root() || RowAccess.allows(em, rules.forCaller(caller),
                access == AccessType.UPDATE ? Operation.UPDATE : Operation.DELETE, entity, id);
    }

    /** CREATE: writes the entities and rolls the transaction back whatever happens. */
    public boolean createAllowed(Caller caller, String entities) throws IcatServerException {
        try {
            return refusedAsFalse(() -> catalogue.write(caller, entities));
        } finally {
            context.setRollbackOnly();
        }
    }

    private interface Check {
        Object run() throws IcatServerException;
    }

    private static boolean refusedAsFalse(Check check) throws IcatServerException {
        try {
            check.run();
            return true;
        } catch (IcatServerException e) {
            if (e.type() == IcatErrorType.INSUFFICIENT_PRIVILEGES) {
                return false;
            }
            throw e;
        }
    }

    private static Class<? extends EntityBase> entityClass(String entity) throws IcatServerException {
        return IcatEntities.CLASSES.stream().filter(c -> c.getSimpleName().equals(entity)).findFirst()
                .orElseThrow(() -> new IcatServerException(IcatErrorType.BAD_PARAMETER, entity + " is not an ICAT entity"));
    }
}
