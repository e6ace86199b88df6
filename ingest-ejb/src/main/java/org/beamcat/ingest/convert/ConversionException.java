package org.beamcat.ingest.convert;

import java.nio.file.Path;

/**
 * A legacy file could not be converted for a reason that is the file's, not the server's: the caller
 * reports it and still registers the original. Checked, so that no conversion path can forget it.
 */
public abstract class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    protected ConversionException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
