package org.beamcat.icat.server.documents;

import java.util.Objects;

/**
 * One entry of the query's {@code parameters}: a parameter of the target with this type name and units whose
 * value matches. ICAT requires the name and the units; the value is a string, a date range or a numeric range.
 */
public record ParameterCondition(String name, String units, Value value) {

    public ParameterCondition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(value, "value");
    }

    /** What a parameter's value must be. */
    public sealed interface Value permits Text, DateRange, NumberRange {
    }

    /** {@code stringValue}: the parameter's string value (ICAT allows {@code *} and {@code ?} wildcards). */
    public record Text(String value) implements Value {
    }

    /** {@code lowerDateValue}/{@code upperDateValue} in milliseconds since 1970 UTC, both inclusive. */
    public record DateRange(long lowerMillis, long upperMillis) implements Value {
    }

    /** {@code lowerNumericValue}/{@code upperNumericValue}, both inclusive, in the parameter's own units. */
    public record NumberRange(double lower, double upper) implements Value {
    }
}
