package org.beamcat.ids.twolevel;

/** A lock could not be had at once; the REST layer answers 503 "Data is busy". */
public class AlreadyLockedException extends Exception {

    private static final long serialVersionUID = 1L;

    public AlreadyLockedException(long datasetId) {
        super("Dataset " + datasetId + " is locked");
    }
}
