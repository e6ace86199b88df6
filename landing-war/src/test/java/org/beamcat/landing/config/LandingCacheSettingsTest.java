package org.beamcat.landing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class LandingCacheSettingsTest {

    private static LandingCacheSettings read(Map<String, String> values) {
        return LandingCacheSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void aMinuteAndAThousandDoisByDefault() {
        assertEquals(new LandingCacheSettings(Duration.ofSeconds(60), 1000), read(Map.of()));
    }

    @Test
    void zeroSecondsSwitchesItOff() {
        assertFalse(read(Map.of(LandingCacheSettings.SECONDS, "0")).enabled());
    }

    @Test
    void badValuesFailByKey() {
        assertEquals(LandingCacheSettings.SECONDS, assertThrows(InvalidSettingException.class,
                () -> read(Map.of(LandingCacheSettings.SECONDS, "-1"))).key());
        assertEquals(LandingCacheSettings.ENTRIES, assertThrows(InvalidSettingException.class,
                () -> read(Map.of(LandingCacheSettings.ENTRIES, "0"))).key());
        assertEquals(LandingCacheSettings.ENTRIES, assertThrows(InvalidSettingException.class,
                () -> read(Map.of(LandingCacheSettings.ENTRIES, "many"))).key());
    }
}
