package org.beamcat.portal.browse;

/** A page parameter that is malformed or out of range (the page answers 400). */
public class InvalidParameter extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidParameter(String message) {
        super(message);
    }
}
