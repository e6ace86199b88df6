package org.beamcat.ingest.web.access;

/**
 * The caller may not do this: {@link #unauthenticated} (no or unknown credentials, HTTP 401) or
 * {@link #forbidden} (known caller without the right, HTTP 403).
 */
public final class AccessRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean authenticated;

    private AccessRefusedException(boolean authenticated, String message) {
        super(message);
        this.authenticated = authenticated;
    }

    public static AccessRefusedException unauthenticated(String message) {
        return new AccessRefusedException(false, message);
    }

    public static AccessRefusedException forbidden(String message) {
        return new AccessRefusedException(true, message);
    }

    /** True when the caller is known but lacks the right (403); false when unknown (401). */
    public boolean authenticated() {
        return authenticated;
    }
}
