package org.beamcat.ids.error;

/**
 * A failure with one of the contract's error names. The REST layer answers
 * {@code {"code": code(), "message": getMessage()}} with {@link #httpStatus()}, nothing else to decide.
 */
public abstract class IdsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    protected IdsException(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    protected IdsException(int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The contract's error code: the simple class name, which clients map to their own exceptions. */
    public String code() {
        return getClass().getSimpleName();
    }
}
