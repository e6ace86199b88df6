package org.beamcat.ingest.web.access;

/** The catalogue could not check a session (down, slow, or answered an error): HTTP 503, try again later. */
public final class CatalogueUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogueUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
