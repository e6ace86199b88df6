package org.beamcat.ids.error;

/**
 * 500: main storage is full (ENOSPC or a quota) while a put is stored. The reference server declares it
 * but never throws it; clients already map the name, so a full disk is told apart from other I/O errors.
 */
public class InsufficientStorageException extends IdsException {

    private static final long serialVersionUID = 1L;

    public InsufficientStorageException(String message) {
        super(500, message);
    }

    public InsufficientStorageException(String message, Throwable cause) {
        super(500, message, cause);
    }
}
