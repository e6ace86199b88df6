package org.beamcat.icat.server.write;

import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;

/**
 * Decides whether the caller may create, update or delete a row (contract 1.4.5, 1.4.6, 4.4). The write use cases
 * call it at the points ICAT does:
 * <ul>
 * <li>CREATE after the new rows are flushed (in the caller's transaction), so rules with a WHERE clause can be
 * evaluated in the database against them; nested children are checked too;</li>
 * <li>UPDATE before the changes are applied, on the row as it is; an update that changes a relation of the unique
 * key also needs DELETE before and CREATE after, as in ICAT;</li>
 * <li>DELETE before the delete, on the rows named. Children removed by the cascade are not loaded (there may be
 * millions), so a rule-based implementation checks them itself, set-based in the database.</li>
 * </ul>
 * Refuse by throwing INSUFFICIENT_PRIVILEGES. Failing the transaction is the caller's job: nothing is written when
 * this throws.
 */
public interface WriteAuthorizer {

    /** Allows everything: for root users, and for tests. */
    WriteAuthorizer ROOT = (caller, operation, entity) -> {
    };

    void check(Caller caller, WriteOperation operation, EntityBase entity) throws IcatServerException;

    /**
     * Checks several rows of one batch (up to a flush's worth of creates, or one chunk of deletes); a rule engine can
     * override it to answer with one query. On refusal, the exception's offset must be the index in {@code entities}
     * of a refused row (or -1 when it cannot tell); the use case turns it into the offset of the request element.
     */
    default void checkAll(Caller caller, WriteOperation operation, List<? extends EntityBase> entities)
            throws IcatServerException {
        for (int i = 0; i < entities.size(); i++) {
            try {
                check(caller, operation, entities.get(i));
            } catch (IcatServerException e) {
                throw new IcatServerException(e.type(), e.getMessage(), i);
            }
        }
    }

    /**
     * DELETE on everything the database cascade will remove with the rows {@code ids} of {@code entity} (contract
     * 1.4.6), checked before the delete, set-based. On refusal the exception's offset is the index in {@code ids} of
     * a target whose descendant is refused. The default allows everything (root, tests).
     */
    default void checkCascadedDeletes(Caller caller, String entity, List<Long> ids) throws IcatServerException {
    }

    /** The refusal ICAT gives, e.g. "CREATE access to this Dataset is not allowed." */
    static IcatServerException refusal(WriteOperation operation, EntityBase entity) {
        return new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES,
                operation + " access to this " + entity.getClass().getSimpleName() + " is not allowed.");
    }
}
