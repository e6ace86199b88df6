package org.beamcat.landing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class LandingSettingsTest {

    private static LandingSettings read(Map<String, String> values) {
        return LandingSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    private static Map<String, String> withIcat() {
        Map<String, String> values = new HashMap<>();
        values.put(LandingSettings.ICAT_URL, "http://localhost:8080");
        return values;
    }

    @Test
    void defaultsToTheDataCiteTestPrefix() {
        LandingSettings settings = read(withIcat());
        assertEquals("10.5072", settings.doiPrefix());
        assertEquals("BeamCat", settings.publisher());
    }

    @Test
    void acceptsTheEsrfPrefix() {
        Map<String, String> values = withIcat();
        values.put(LandingSettings.DOI_PREFIX, "10.15151");
        assertEquals("10.15151", read(values).doiPrefix());
    }

    @Test
    void rejectsMalformedPrefixByKey() {
        Map<String, String> values = withIcat();
        values.put(LandingSettings.DOI_PREFIX, "10.15151/ESRF");
        assertEquals("beamcat.doi.prefix", assertThrows(InvalidSettingException.class, () -> read(values)).key());
    }

    @Test
    void rejectsMultiLinePublisher() {
        Map<String, String> values = withIcat();
        values.put(LandingSettings.PUBLISHER, "ESRF\nInjected");
        assertEquals("beamcat.doi.publisher", assertThrows(InvalidSettingException.class, () -> read(values)).key());
    }
}
