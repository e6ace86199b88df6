package org.beamcat.portal.catalogue;

/** A failure of the catalogue port, by what the portal does about it. */
public class CatalogueException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as the pages tell it. */
    public enum Kind {
        /** The caller's catalogue session has expired or was ended: "log in again". */
        SESSION_EXPIRED,
        /** Wrong credentials or an authenticator that refused them. */
        LOGIN_REFUSED,
        /** The entity does not exist, or the caller may not read it (the same page: nothing leaks). */
        NOT_FOUND,
        /** The catalogue refused what the caller asked (a malformed search, a value out of range). */
        BAD_REQUEST,
        /** The catalogue did not answer, or answered something unexpected. */
        UNAVAILABLE
    }

    private final Kind kind;

    public CatalogueException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CatalogueException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
