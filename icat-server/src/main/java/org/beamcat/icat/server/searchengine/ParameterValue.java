package org.beamcat.icat.server.searchengine;

import java.time.Instant;
import java.util.Objects;

/**
 * One parameter of an indexed entity, typed as its ParameterType says: exactly one of the three values is set.
 *
 * @param name    the ParameterType's name, e.g. {@code InstrumentMonochromator_energy}
 * @param units   the ParameterType's units as written, e.g. {@code keV} (may be empty)
 */
public record ParameterValue(String name, String units, String stringValue, Double numericValue, Instant dateValue) {

    public ParameterValue {
        Objects.requireNonNull(name, "name");
        units = units == null ? "" : units;
        int set = (stringValue != null ? 1 : 0) + (numericValue != null ? 1 : 0) + (dateValue != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("parameter " + name + " needs exactly one value");
        }
    }

    public static ParameterValue ofString(String name, String units, String value) {
        return new ParameterValue(name, units, value, null, null);
    }

    public static ParameterValue ofNumber(String name, String units, double value) {
        return new ParameterValue(name, units, null, value, null);
    }

    public static ParameterValue ofDate(String name, String units, Instant value) {
        return new ParameterValue(name, units, null, null, value);
    }
}
