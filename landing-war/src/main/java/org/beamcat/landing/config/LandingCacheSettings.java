package org.beamcat.landing.config;

import java.time.Duration;
import org.beamcat.support.config.SettingsReader;

/**
 * The landing pages' cache of rendered records, read and validated when the application starts.
 *
 * @param timeToLive {@code beamcat.doi.landing-cache.seconds}: how long a DOI's record and dataset pages are
 *                   served without asking the catalogue again (0 switches the cache off)
 * @param maxDois    {@code beamcat.doi.landing-cache.entries}: how many DOIs are kept at most (least recently
 *                   viewed go first)
 */
public record LandingCacheSettings(Duration timeToLive, int maxDois) {

    public static final String SECONDS = "beamcat.doi.landing-cache.seconds";
    public static final String ENTRIES = "beamcat.doi.landing-cache.entries";

    public static LandingCacheSettings read(SettingsReader reader) {
        return new LandingCacheSettings(Duration.ofSeconds(reader.intInRange(SECONDS, 60, 0, 86_400)),
                reader.intInRange(ENTRIES, 1000, 1, 1_000_000));
    }

    public boolean enabled() {
        return !timeToLive.isZero();
    }
}
