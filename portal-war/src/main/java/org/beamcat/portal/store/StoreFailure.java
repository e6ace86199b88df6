package org.beamcat.portal.store;

/** The portal's own tables could not be read or written (the database is down or refused): a 503 page. */
public class StoreFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreFailure(String what, Throwable cause) {
        super(what + " failed: " + cause.getMessage(), cause);
    }
}
