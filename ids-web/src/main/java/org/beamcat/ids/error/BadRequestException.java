package org.beamcat.ids.error;

/** 400: the request is malformed or names an unsafe location. */
public class BadRequestException extends IdsException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(400, message);
    }

    public BadRequestException(String message, Throwable cause) {
        super(400, message, cause);
    }
}
