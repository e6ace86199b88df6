package org.beamcat.ids.error;

/** 403: the catalogue refused access. */
public class InsufficientPrivilegesException extends IdsException {

    private static final long serialVersionUID = 1L;

    public InsufficientPrivilegesException(String message) {
        super(403, message);
    }

    public InsufficientPrivilegesException(String message, Throwable cause) {
        super(403, message, cause);
    }
}
