package org.beamcat.icat.server.write;

import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.json.EntityAccessor;

/**
 * A row one write call creates or changes, with the index of the request element it came from (the offset of any
 * error about it).
 *
 * @param created    a new row rather than an update of an existing one
 * @param keyChanged the unique key may have changed (always for a new row), so uniqueness must be checked
 * @param moved      an update that changes a relation of the unique key: ICAT then wants DELETE permission before
 *                   and CREATE permission after
 */
record WrittenRow(int offset, EntityBase entity, EntityAccessor accessor, boolean created, boolean keyChanged,
        boolean moved) {

    /** Rows that must pass the CREATE check once flushed. */
    boolean needsCreateCheck() {
        return created || moved;
    }
}
