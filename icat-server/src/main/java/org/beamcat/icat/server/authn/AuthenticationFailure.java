package org.beamcat.icat.server.authn;

/** The credentials prove nothing; the message is shown to the client (as ICAT's SESSION error), so no secrets. */
public class AuthenticationFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What ICAT's simple and db authenticators answer for a wrong name or password (trailing space included). */
    public static final String NO_MATCH = "The username and password do not match ";

    public AuthenticationFailure(String message) {
        super(message);
    }
}
