package org.beamcat.portal.session;

/** A login the portal will not try or the catalogue refused; the message is for the person at the form. */
public class LoginRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public LoginRefused(String message) {
        super(message);
    }
}
