package org.beamcat.icat.server.write;

import java.util.List;
import org.beamcat.icat.server.IcatServerException;

/**
 * Told about every row a write call changes, inside the call's transaction, so that it can record consequences in
 * the same transaction (the search outbox). {@link #written} comes once the rows are flushed (ids assigned),
 * {@link #deleting} just before the statement that deletes rows and, through the schema's cascades, their
 * descendants (which are then still there to be read).
 */
public interface WriteListener {

    WriteListener NONE = new WriteListener() {
        @Override
        public void written(String entity, List<Long> ids, boolean created) {
        }

        @Override
        public void deleting(String entity, List<Long> ids) {
        }
    };

    /** Rows of {@code entity} created ({@code created}) or updated by the call. */
    void written(String entity, List<Long> ids, boolean created) throws IcatServerException;

    /** Rows of {@code entity} about to be deleted with everything the schema cascades to. */
    void deleting(String entity, List<Long> ids) throws IcatServerException;
}
