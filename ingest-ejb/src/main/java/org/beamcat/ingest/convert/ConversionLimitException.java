package org.beamcat.ingest.convert;

import java.nio.file.Path;

/**
 * The file is valid but converting it would hold more data in memory than
 * {@code beamcat.ingest.convert-max-bytes} allows (jhdf builds the whole HDF5 tree in memory, see the
 * module README). Rejecting early is better than an OutOfMemoryError that takes the ingestion pool down.
 */
public class ConversionLimitException extends ConversionException {

    private static final long serialVersionUID = 1L;

    private final long requiredBytes;
    private final long maxBytes;

    public ConversionLimitException(Path file, long requiredBytes, long maxBytes) {
        super(file, file + ": converting needs at least " + requiredBytes + " bytes of data in memory, more than the "
                + maxBytes + " allowed by beamcat.ingest.convert-max-bytes");
        this.requiredBytes = requiredBytes;
        this.maxBytes = maxBytes;
    }

    public long requiredBytes() {
        return requiredBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
