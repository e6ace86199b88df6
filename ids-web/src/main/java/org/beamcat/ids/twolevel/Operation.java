package org.beamcat.ids.twolevel;

/** A deferred operation someone asks for. */
public enum Operation {
    /** Copy main to archive, keeping main. */
    WRITE,
    /** Remove from main storage (the archive copy stays). */
    ARCHIVE,
    /** Copy archive to main. */
    RESTORE,
    /** Remove the archive copy (datafile unit only). */
    DELETE
}
