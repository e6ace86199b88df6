package org.beamcat.preview;

/** Why a file cannot be previewed; the portal words its message from this, never from an exception. */
public enum RefusalReason {
    /** No regular file at the path (or a directory). */
    FILE_MISSING,
    /** The file is not HDF5, or is truncated or corrupt so that it cannot be read. */
    NOT_HDF5,
    /** The default plot's data sits behind a link whose target is missing or unreadable. */
    BROKEN_LINK,
    /** An external link points outside the master file's folder: not followed. */
    LINK_OUTSIDE_DATASET,
    /** No NXdata with a signal (nor a detector's data) was found within the search bounds. */
    NO_PLOTTABLE_DATA,
    /** The signal is not numbers (strings, compounds, references). */
    NON_NUMERIC,
    /** The signal has no values. */
    EMPTY_SIGNAL,
    /** The signal's rank is not 1, 2 or 3. */
    UNSUPPORTED_RANK,
    /** The requested frame is not in the stack. */
    NO_SUCH_FRAME,
    /** One row of the image alone is over the byte cap. */
    TOO_LARGE,
    /** The time limit was reached. */
    TIMED_OUT,
    /** Every preview worker is busy; try again later (never cached). */
    BUSY
}
