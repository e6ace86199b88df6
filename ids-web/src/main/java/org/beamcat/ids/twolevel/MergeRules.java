package org.beamcat.ids.twolevel;

import static org.beamcat.ids.twolevel.RequestedState.ARCHIVE_REQUESTED;
import static org.beamcat.ids.twolevel.RequestedState.DELETE_REQUESTED;
import static org.beamcat.ids.twolevel.RequestedState.RESTORE_REQUESTED;
import static org.beamcat.ids.twolevel.RequestedState.WRITE_REQUESTED;
import static org.beamcat.ids.twolevel.RequestedState.WRITE_THEN_ARCHIVE_REQUESTED;

/** The contract's tables (section 2.4) for merging a new request into what is already queued for a unit. */
public final class MergeRules {

    /**
     * The outcome of a merge.
     *
     * @param state        what is queued afterwards; null when the request cancels what was queued
     * @param restartDelay whether the dataset write delay starts again (every write request, dataset unit)
     */
    public record Merge(RequestedState state, boolean restartDelay) {

        public boolean removed() {
            return state == null;
        }
    }

    private MergeRules() {
    }

    /** @param queued what is queued now, null for nothing */
    public static Merge merge(StorageUnit unit, RequestedState queued, Operation request) {
        return unit == StorageUnit.DATASET ? dataset(queued, request) : new Merge(datafile(queued, request), false);
    }

    private static Merge dataset(RequestedState queued, Operation request) {
        if (request == Operation.DELETE) {
            throw new IllegalArgumentException("The dataset unit has no DELETE: a delete queues a WRITE instead");
        }
        if (request == Operation.WRITE) {
            RequestedState next = queued == ARCHIVE_REQUESTED || queued == WRITE_THEN_ARCHIVE_REQUESTED
                    ? WRITE_THEN_ARCHIVE_REQUESTED : WRITE_REQUESTED;
            return new Merge(next, true);
        }
        RequestedState next = queued == null ? initial(request) : switch (queued) {
            case ARCHIVE_REQUESTED, RESTORE_REQUESTED -> initial(request);
            case WRITE_REQUESTED -> request == Operation.ARCHIVE ? WRITE_THEN_ARCHIVE_REQUESTED : WRITE_REQUESTED;
            case WRITE_THEN_ARCHIVE_REQUESTED -> request == Operation.ARCHIVE ? WRITE_THEN_ARCHIVE_REQUESTED : WRITE_REQUESTED;
            case DELETE_REQUESTED -> throw new IllegalStateException("DELETE is never queued for the dataset unit");
        };
        return new Merge(next, false);
    }

    private static RequestedState datafile(RequestedState queued, Operation request) {
        if (queued == null) {
            return initial(request);
        }
        return switch (queued) {
            case ARCHIVE_REQUESTED -> switch (request) {
                case RESTORE -> null; // nothing to do: the file is still on main storage
                case DELETE -> DELETE_REQUESTED;
                default -> queued;
            };
            case RESTORE_REQUESTED -> switch (request) {
                case ARCHIVE -> ARCHIVE_REQUESTED;
                case DELETE -> DELETE_REQUESTED;
                default -> queued;
            };
            case WRITE_REQUESTED -> switch (request) {
                case ARCHIVE -> WRITE_THEN_ARCHIVE_REQUESTED;
                case DELETE -> null; // never written, so there is no archive copy to delete
                default -> queued;
            };
            case WRITE_THEN_ARCHIVE_REQUESTED -> switch (request) {
                case RESTORE -> WRITE_REQUESTED;
                case DELETE -> null;
                default -> queued;
            };
            case DELETE_REQUESTED -> queued;
        };
    }

    private static RequestedState initial(Operation request) {
        return switch (request) {
            case WRITE -> WRITE_REQUESTED;
            case ARCHIVE -> ARCHIVE_REQUESTED;
            case RESTORE -> RESTORE_REQUESTED;
            case DELETE -> DELETE_REQUESTED;
        };
    }
}
