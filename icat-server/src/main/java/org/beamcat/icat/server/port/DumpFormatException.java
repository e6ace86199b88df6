package org.beamcat.icat.server.port;

/** A line of a dump that does not follow the format; the importer adds the line number. */
final class DumpFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    DumpFormatException(String message) {
        super(message);
    }
}
