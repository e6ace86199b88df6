package org.beamcat.ids;

/** The ids.server release whose wire behaviour this service follows (clients read it from {@code version}). */
public final class IdsCompatibility {

    public static final String EMULATED_VERSION = "2.1.1";

    private IdsCompatibility() {
    }
}
