package org.beamcat.ids.error;

/** 501: the call is not available in this configuration (single level, read-only, writing disabled). */
public class NotImplementedException extends IdsException {

    private static final long serialVersionUID = 1L;

    public NotImplementedException(String message) {
        super(501, message);
    }

    public NotImplementedException(String message, Throwable cause) {
        super(501, message, cause);
    }
}
