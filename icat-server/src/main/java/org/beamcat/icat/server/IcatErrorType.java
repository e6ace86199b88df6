package org.beamcat.icat.server;

/** Error codes of the ICAT REST contract (section 1.2) and the HTTP status each is sent with. */
public enum IcatErrorType {
    BAD_PARAMETER(400),
    INSUFFICIENT_PRIVILEGES(403),
    SESSION(403),
    NO_SUCH_OBJECT_FOUND(404),
    OBJECT_ALREADY_EXISTS(412),
    VALIDATION(412),
    INTERNAL(500),
    NOT_IMPLEMENTED(501);

    private final int httpStatus;

    IcatErrorType(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
