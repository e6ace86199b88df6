package org.beamcat.ids.twolevel;

/**
 * What is queued (or running) for one unit.
 *
 * @param unit        the dataset or datafile
 * @param state       the requested state
 * @param dueMillis   when a dataset write may start (epoch milliseconds); other operations run at once
 * @param interrupted it was running when the service stopped, so a restore may have left a partial copy
 */
public record QueueEntry(UnitRef unit, RequestedState state, long dueMillis, boolean interrupted) {

    QueueEntry withState(RequestedState newState, long newDue) {
        return new QueueEntry(unit, newState, newDue, interrupted);
    }
}
