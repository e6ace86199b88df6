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

    /** How many values are bound: a mark to {@link #discardFrom} later. */
    int size() {
        return values.size();
    }

    /** Forgets the values bound since {@code mark} (a translation attempt that was given up). */
    void discardFrom(int mark) {
        for (int i = values.size(); i > mark; i--) {
            values.remove("p" + i);
        }
    }

    /** Parameter name (without the colon) to value, in binding order. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
