package org.beamcat.icat.server.authn;

/** An authenticator could not decide because something it depends on failed (ICAT answers INTERNAL). */
public class AuthenticatorUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    public AuthenticatorUnavailable(String detail, Throwable cause) {
        super(detail, cause);
    }
}
