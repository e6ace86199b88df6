package org.beamcat.portal.downloads;

/** A failed call of the IDS port, by what the portal does about it. */
public class IdsFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The caller's catalogue session has ended. */
        SESSION_EXPIRED,
        /** The caller may not read the data (or it does not exist for them). */
        FORBIDDEN,
        /** No such data or preparedId. */
        NOT_FOUND,
        /** The IDS refused the request as malformed or too large. */
        BAD_REQUEST,
        /** The IDS did not answer, or answered something unexpected. */
        UNAVAILABLE
    }

    private final Kind kind;

    public IdsFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
