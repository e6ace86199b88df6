package org.beamcat.ids.twolevel;

import java.util.List;

/** What is queued for one unit, with the names the service status reports. */
public enum RequestedState {
    WRITE_REQUESTED(Operation.WRITE),
    WRITE_THEN_ARCHIVE_REQUESTED(Operation.WRITE, Operation.ARCHIVE),
    ARCHIVE_REQUESTED(Operation.ARCHIVE),
    RESTORE_REQUESTED(Operation.RESTORE),
    DELETE_REQUESTED(Operation.DELETE);

    private final List<Operation> operations;

    RequestedState(Operation... operations) {
        this.operations = List.of(operations);
    }

    /** The requests that lead to this state from nothing, in order (used to replay one state onto another). */
    public List<Operation> operations() {
        return operations;
    }

    public boolean writes() {
        return operations.contains(Operation.WRITE);
    }

    /** Anything but a plain write makes a unit count as offline, even while its bytes are still there. */
    public boolean makesOffline() {
        return this != WRITE_REQUESTED;
    }
}
