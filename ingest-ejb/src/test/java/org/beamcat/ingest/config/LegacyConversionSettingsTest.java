package org.beamcat.ingest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyConversionSettingsTest {

    private static LegacyConversionSettings read(Map<String, String> values) {
        return LegacyConversionSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    private static String rejectedKey(String key, String value) {
        return assertThrows(InvalidSettingException.class, () -> read(Map.of(key, value))).key();
    }

    @Test
    void conversionIsOffByDefault() {
        LegacyConversionSettings settings = read(Map.of());
        assertFalse(settings.enabledFor("id01"));
        assertEquals(Set.of(), settings.beamlines());
        assertEquals(LegacyConversionSettings.DEFAULT_MAX_BYTES, settings.maxBytes());
        assertEquals(ZoneId.systemDefault(), settings.timeZone());
    }

    @Test
    void listedBeamlinesMatchIgnoringCase() {
        LegacyConversionSettings settings = read(Map.of(LegacyConversionSettings.CONVERT_LEGACY, " ID01, bm05 ,id29"));
        assertEquals(Set.of("id01", "bm05", "id29"), settings.beamlines());
        assertTrue(settings.enabledFor("id01"));
        assertTrue(settings.enabledFor("BM05"));
        assertFalse(settings.enabledFor("id02"));
        assertFalse(settings.enabledFor(null));
    }

    @Test
    void starMeansEveryBeamline() {
        LegacyConversionSettings settings = read(Map.of(LegacyConversionSettings.CONVERT_LEGACY, "*"));
        assertTrue(settings.allBeamlines());
        assertTrue(settings.enabledFor("any"));
    }

    @Test
    void allAndNoneInWords() {
        assertTrue(read(Map.of(LegacyConversionSettings.CONVERT_LEGACY, "ALL")).enabledFor("id01"));
        LegacyConversionSettings none = read(Map.of(LegacyConversionSettings.CONVERT_LEGACY, " none "));
        assertFalse(none.enabledFor("none"));
        assertFalse(none.enabledFor("id01"));
        assertEquals(Set.of(), none.beamlines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id01,,id02", "*, id01", "all, id01", "none,id01", "id 01", "id01;id02", ","})
    void malformedBeamlineListsAreRejectedByKey(String value) {
        assertEquals(LegacyConversionSettings.CONVERT_LEGACY, rejectedKey(LegacyConversionSettings.CONVERT_LEGACY, value));
    }

    @Test
    void maxBytesAcceptsBytesAndBinaryUnits() {
        assertEquals(268435456L, read(Map.of(LegacyConversionSettings.MAX_BYTES, "268435456")).maxBytes());
        assertEquals(512L << 20, read(Map.of(LegacyConversionSettings.MAX_BYTES, "512MiB")).maxBytes());
        assertEquals(2L << 30, read(Map.of(LegacyConversionSettings.MAX_BYTES, "2 gib")).maxBytes());
        assertEquals(64L << 10, read(Map.of(LegacyConversionSettings.MAX_BYTES, "64KiB")).maxBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "-1", "0", "100", "1.5GiB", "65GiB", "256MB", "999999999999999GiB"})
    void badMaxBytesAreRejectedByKey(String value) {
        assertEquals(LegacyConversionSettings.MAX_BYTES, rejectedKey(LegacyConversionSettings.MAX_BYTES, value));
    }

    @Test
    void timeZoneIsValidated() {
        assertEquals(ZoneId.of("Europe/Paris"),
                read(Map.of(LegacyConversionSettings.TIME_ZONE, "Europe/Paris")).converterOptions().timeZone());
        assertEquals(LegacyConversionSettings.TIME_ZONE, rejectedKey(LegacyConversionSettings.TIME_ZONE, "Mars/Olympus"));
    }
}
