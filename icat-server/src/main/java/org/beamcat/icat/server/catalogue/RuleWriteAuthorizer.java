package org.beamcat.icat.server.catalogue;

import java.util.List;
import org.beamcat.icat.server.authz.CascadeDeleteAccess;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.Operation;
import org.beamcat.icat.server.authz.WriteAccessChecker;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.write.WriteAuthorizer;
import org.beamcat.icat.server.write.WriteOperation;

/** Lets the write use cases ask the rule engine; root callers are allowed without a query. */
public final class RuleWriteAuthorizer implements WriteAuthorizer {

    private final WriteAccessChecker checker;
    private final CascadeDeleteAccess cascade;

    public RuleWriteAuthorizer(WriteAccessChecker checker, CascadeDeleteAccess cascade) {
        this.checker = checker;
        this.cascade = cascade;
    }

    @Override
    public void checkCascadedDeletes(Caller caller, String entity, List<Long> ids) throws IcatServerException {
        if (!caller.root()) {
            cascade.check(caller, entity, ids);
        }
    }

    @Override
    public void check(Caller caller, WriteOperation operation, EntityBase entity) throws IcatServerException {
        if (caller.root()) {
            return;
        }
        checker.check(caller, entity, operation(operation));
    }

    /** Set-based (a few queries per batch, not one per row); the offset stays the index in entities. */
    @Override
    public void checkAll(Caller caller, WriteOperation operation, List<? extends EntityBase> entities)
            throws IcatServerException {
        if (caller.root()) {
            return;
        }
        checker.checkAll(caller, entities, operation(operation));
    }

    private static Operation operation(WriteOperation operation) {
        return switch (operation) {
            case CREATE -> Operation.CREATE;
            case UPDATE -> Operation.UPDATE;
            case DELETE -> Operation.DELETE;
        };
    }
}
