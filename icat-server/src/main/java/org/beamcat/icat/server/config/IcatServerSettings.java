package org.beamcat.icat.server.config;

import org.beamcat.support.config.SettingsReader;

/**
 * Every setting of icat-server, read and validated once when the application starts.
 *
 * @param lifetimeMinutes how long a session lives after login or refresh ({@code beamcat.icat.lifetime-minutes})
 * @param maxEntities     most entities one call may return or write ({@code beamcat.icat.max-entities})
 */
public record IcatServerSettings(int lifetimeMinutes, int maxEntities) {

    public static final String LIFETIME_MINUTES = "beamcat.icat.lifetime-minutes";
    public static final String MAX_ENTITIES = "beamcat.icat.max-entities";

    public static IcatServerSettings read(SettingsReader reader) {
        return new IcatServerSettings(
                reader.intInRange(LIFETIME_MINUTES, 120, 1, 7 * 24 * 60),
                reader.intInRange(MAX_ENTITIES, 10_000, 1, 1_000_000));
    }
}
