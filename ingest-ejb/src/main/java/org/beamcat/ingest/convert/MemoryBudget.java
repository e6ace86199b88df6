package org.beamcat.ingest.convert;

import java.nio.file.Path;

/**
 * Counts the bytes of data a conversion will hold until the HDF5 file is closed, and refuses to go past
 * the configured maximum. Not thread-safe: one budget per conversion.
 */
public final class MemoryBudget {

    private final Path file;
    private final long maxBytes;
    private long usedBytes;

    public MemoryBudget(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    /** Reserves {@code bytes} more, or throws without reserving them. */
    public void reserve(long bytes) throws ConversionLimitException {
        long wanted = usedBytes + bytes;
        if (bytes < 0 || wanted < 0 || wanted > maxBytes) {
            throw new ConversionLimitException(file, wanted < 0 ? Long.MAX_VALUE : wanted, maxBytes);
        }
        usedBytes = wanted;
    }

    public long usedBytes() {
        return usedBytes;
    }
}
