package org.beamcat.icat.server.query.translation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Allocates named parameters for one JPQL statement. The translator and every {@link ReadRestriction} share one
 * instance, so parameter names never collide however many fragments are combined.
 */
public final class ParameterBindings {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Registers a value and returns the placeholder to write into JPQL, e.g. {@code :p3}. */
    public String bind(Object value) {
        String name = "p" + (values.size() + 1);
        values.put(name, value);
        return ":" + name;
    }

    /** Parameter name (without the colon) to value, in binding order. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
