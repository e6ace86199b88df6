package org.beamcat.ids.error;

/** 500: kept for clients that map the name; the contract never throws it. */
public class InsufficientStorageException extends IdsException {

    private static final long serialVersionUID = 1L;

    public InsufficientStorageException(String message) {
        super(500, message);
    }

    public InsufficientStorageException(String message, Throwable cause) {
        super(500, message, cause);
    }
}
