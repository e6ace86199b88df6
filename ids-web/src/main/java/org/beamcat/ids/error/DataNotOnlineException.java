package org.beamcat.ids.error;

/** 503: the data must be restored first (a restore has been requested), or "Data is busy". */
public class DataNotOnlineException extends IdsException {

    private static final long serialVersionUID = 1L;

    public DataNotOnlineException(String message) {
        super(503, message);
    }

    public DataNotOnlineException(String message, Throwable cause) {
        super(503, message, cause);
    }
}
