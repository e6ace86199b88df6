package org.beamcat.icat.server.searchengine;

/** The index could not be read or written (disk full, corrupt files, closed engine). */
public class SearchEngineException extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchEngineException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchEngineException(String message) {
        super(message);
    }
}
