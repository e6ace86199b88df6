package org.beamcat.landing.registrar;

import java.util.Locale;

/**
 * DataCite's states. A draft can still be deleted and is not in the Handle system; registered and
 * findable DOIs resolve, and only findable ones are public and indexed. Draft to registered or
 * findable is one-way.
 */
public enum DoiState {
    DRAFT,
    REGISTERED,
    FINDABLE;

    /** The lower-case word DataCite uses in its {@code state} attribute. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DoiState fromApiName(String state) {
        return valueOf(state.toUpperCase(Locale.ROOT));
    }
}
