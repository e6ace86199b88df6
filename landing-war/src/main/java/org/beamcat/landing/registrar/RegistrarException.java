package org.beamcat.landing.registrar;

import java.util.Objects;

/**
 * The registrar refused or could not carry out a request. {@link #kind()} says what to do about it;
 * the message is the registrar's own (DataCite's error titles are kept word for word, since they are
 * what its support desk will ask for).
 */
public class RegistrarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms a caller acts on. */
    public enum Kind {
        /** Wrong repository id or password: fix the configuration. */
        UNAUTHORIZED,
        /** The credentials are fine but the prefix or DOI belongs to another repository. */
        FORBIDDEN,
        /** No such DOI at the registrar (or not visible to this repository). */
        NOT_FOUND,
        /** The DOI name is taken by a record this repository cannot see or change. */
        ALREADY_EXISTS,
        /** The registrar rejected the request or the metadata; retrying the same request will not help. */
        INVALID,
        /** Rate limits, server errors or the network outlasted the retries: try the whole step again later. */
        UNAVAILABLE,
        /** An answer this client does not understand. */
        UNEXPECTED
    }

    private final Kind kind;
    private final int httpStatus;
    private final String registrarMessage;

    /** A refusal decided locally (the offline registrar), where there is no HTTP status. */
    public RegistrarException(Kind kind, String registrarMessage) {
        this(kind, 0, registrarMessage, registrarMessage, null);
    }

    /**
     * @param registrarMessage the registrar's own words, e.g. DataCite's error titles
     * @param context          what was being done, prefixed to the message, e.g. {@code POST /dois (10.15151/ESRF-ES-1)}
     */
    public RegistrarException(Kind kind, int httpStatus, String registrarMessage, String context, Throwable cause) {
        super(context.equals(registrarMessage) ? registrarMessage : context + ": " + registrarMessage, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.registrarMessage = registrarMessage;
    }

    public Kind kind() {
        return kind;
    }

    /** The last HTTP status the registrar answered, or 0 when there was none (offline, network failure). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The registrar's own explanation, without our context, for showing to an operator. */
    public String registrarMessage() {
        return registrarMessage;
    }

    /** True when the same step may succeed later without any change on our side. */
    public boolean isTransient() {
        return kind == Kind.UNAVAILABLE;
    }
}
