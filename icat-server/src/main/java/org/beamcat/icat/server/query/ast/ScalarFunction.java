package org.beamcat.icat.server.query.ast;

import java.util.Locale;
import java.util.Optional;

/**
 * The functions with ordinary call syntax that ICAT queries may use (contract 3.2); TRIM and the CURRENT_* values
 * have their own syntax and nodes. Arity bounds are JPQL's.
 */
public enum ScalarFunction {
    ABS(1, 1), CONCAT(2, Integer.MAX_VALUE), LENGTH(1, 1), LOCATE(2, 3), LOWER(1, 1), MOD(2, 2), SIZE(1, 1),
    SQRT(1, 1), SUBSTRING(2, 3), UPPER(1, 1);

    private final int minArguments;
    private final int maxArguments;

    ScalarFunction(int minArguments, int maxArguments) {
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
    }

    public int minArguments() {
        return minArguments;
    }

    public int maxArguments() {
        return maxArguments;
    }

    /** Function names are keywords, so they match case-insensitively. */
    public static Optional<ScalarFunction> byName(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
