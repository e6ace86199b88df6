package org.beamcat.icat.client;

/** An error reported by the ICAT server, or a failure to reach it (type INTERNAL, with a cause). */
public class IcatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final IcatErrorType type;
    private final int offset;

    public IcatException(IcatErrorType type, String message, int offset) {
        super(message);
        this.type = type;
        this.offset = offset;
    }

    public IcatException(String message, Throwable cause) {
        super(message, cause);
        this.type = IcatErrorType.INTERNAL;
        this.offset = -1;
    }

    public IcatErrorType type() {
        return type;
    }

    /** Index of the failing element in a list operation, or -1 when the server gave none. */
    public int offset() {
        return offset;
    }
}
