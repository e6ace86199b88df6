package org.beamcat.ids.error;

/** 500: an I/O failure, or "Restore failed" for an item with a recorded restore failure. */
public class InternalException extends IdsException {

    private static final long serialVersionUID = 1L;

    public InternalException(String message) {
        super(500, message);
    }

    public InternalException(String message, Throwable cause) {
        super(500, message, cause);
    }
}
