package org.beamcat.icat.server.authz;

import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;

/**
 * Decides by the Rules whether a caller may create, update or delete (or read) one entity instance. The write
 * layer calls it per object:
 * <ul>
 * <li>CREATE: after {@code persist} (the checker flushes, so rules that follow the new row's relations see
 * it);</li>
 * <li>UPDATE: after applying the changes (flushed the same way);</li>
 * <li>DELETE: before {@code remove}, once for the target and once for every cascaded descendant.</li>
 * </ul>
 * On denial it throws INSUFFICIENT_PRIVILEGES ("CREATE access to this Dataset is not allowed.") and the caller,
 * who owns the transaction, must roll it back: a denied create has already been written.
 */
public interface WriteAccessChecker {

    void check(Caller caller, Object entity, Operation operation) throws IcatServerException;

    /**
     * {@link #check} on each of {@code entities} (new rows of one flush, for CREATE); an implementation may answer
     * with a few set-based queries instead. On refusal the exception's offset is the index in {@code entities} of
     * the first refused row.
     */
    default void checkAll(Caller caller, List<?> entities, Operation operation) throws IcatServerException {
        for (int i = 0; i < entities.size(); i++) {
            try {
                check(caller, entities.get(i), operation);
            } catch (IcatServerException e) {
                throw new IcatServerException(e.type(), e.getMessage(), i);
            }
        }
    }
}
