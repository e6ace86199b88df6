package org.beamcat.ingest.convert;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a conversion may use and assume.
 *
 * @param maxBytes the most data bytes one conversion may hold in memory (see {@link MemoryBudget})
 * @param timeZone the zone of the beamline clocks: SPEC writes local times without an offset
 */
public record ConverterOptions(long maxBytes, ZoneId timeZone) {

    public ConverterOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        }
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
