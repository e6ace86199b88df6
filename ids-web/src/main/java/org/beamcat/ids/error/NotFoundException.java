package org.beamcat.ids.error;

/** 404: an unknown preparedId or a deleted datafile. */
public class NotFoundException extends IdsException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(404, message);
    }

    public NotFoundException(String message, Throwable cause) {
        super(404, message, cause);
    }
}
