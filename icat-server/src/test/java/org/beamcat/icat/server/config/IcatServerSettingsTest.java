package org.beamcat.icat.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class IcatServerSettingsTest {

    private static IcatServerSettings read(Map<String, String> values) {
        return IcatServerSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void defaultsFollowIcat() {
        assertEquals(new IcatServerSettings(120, 10_000), read(Map.of()));
    }

    @Test
    void badLifetimeNamesItsKey() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> read(Map.of(IcatServerSettings.LIFETIME_MINUTES, "forever")));
        assertEquals("beamcat.icat.lifetime-minutes", e.key());
    }

    @Test
    void maxEntitiesMustBePositive() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> read(Map.of(IcatServerSettings.MAX_ENTITIES, "0")));
        assertEquals("beamcat.icat.max-entities", e.key());
    }
}
