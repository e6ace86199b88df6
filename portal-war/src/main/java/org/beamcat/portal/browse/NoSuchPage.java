package org.beamcat.portal.browse;

/** A page number past the end of a list, or an entity that does not exist or cannot be read (404). */
public class NoSuchPage extends Exception {

    private static final long serialVersionUID = 1L;

    public NoSuchPage(String message) {
        super(message);
    }
}
