package org.beamcat.landing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class DoiJobSettingsTest {

    private static final URI ICAT = URI.create("http://localhost:8080/");

    private static DoiJobSettings read(Map<String, String> values) {
        return DoiJobSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))), ICAT);
    }

    private static Map<String, String> login() {
        Map<String, String> values = new HashMap<>();
        values.put(DoiJobSettings.ICAT_AUTHENTICATOR, "simple");
        values.put(DoiJobSettings.ICAT_USER, "root");
        values.put(DoiJobSettings.ICAT_PASSWORD, "secret");
        return values;
    }

    @Test
    void defaults() {
        DoiJobSettings s = read(login());
        assertEquals("simple/root", s.icatUserName());
        assertEquals("BEAMCAT-ES-{investigationId}", s.sessionSuffix().pattern());
        assertEquals("BEAMCAT-DC-{dataCollectionId}", s.collectionSuffix().pattern());
        assertEquals(60, s.mintIntervalMinutes());
        assertEquals(3, s.embargoYears());
        assertEquals(URI.create("http://localhost:8080/doi"), s.landingBaseUrl());
        assertEquals(Set.of(), s.rootUsers());
    }

    @Test
    void readsEverySetting() {
        Map<String, String> values = login();
        values.put(DoiJobSettings.SESSION_SUFFIX, "ESRF-ES-{investigationId}");
        values.put(DoiJobSettings.MINT_INTERVAL_MINUTES, "1440");
        values.put(DoiJobSettings.EMBARGO_YEARS, "0");
        values.put(DoiJobSettings.LANDING_URL, "https://doi.esrf.fr/");
        values.put(DoiJobSettings.ROOT_USERS, "simple/root, db/admin");
        DoiJobSettings s = read(values);
        assertEquals("10.15151/ESRF-ES-7", s.sessionSuffix().doi("10.15151", 7).toString());
        assertEquals(1440, s.mintIntervalMinutes());
        assertEquals(0, s.embargoYears());
        assertEquals(URI.create("https://doi.esrf.fr"), s.landingBaseUrl());
        assertEquals(Set.of("simple/root", "db/admin"), s.rootUsers());
    }

    @Test
    void loginIsRequiredAndThePasswordNeverPrinted() {
        Map<String, String> values = login();
        values.remove(DoiJobSettings.ICAT_PASSWORD);
        assertEquals(DoiJobSettings.ICAT_PASSWORD,
                assertThrows(InvalidSettingException.class, () -> read(values)).key());
        assertFalse(read(login()).toString().contains("secret"));
    }

    @Test
    void badValuesAreReportedByKey() {
        for (String[] bad : new String[][] {
            {DoiJobSettings.SESSION_SUFFIX, "ESRF-ES"}, {DoiJobSettings.SESSION_SUFFIX, "ES {investigationId}"},
            {DoiJobSettings.MINT_INTERVAL_MINUTES, "0"}, {DoiJobSettings.EMBARGO_YEARS, "eleven"},
            {DoiJobSettings.LANDING_URL, "ftp://x"}, {DoiJobSettings.ICAT_AUTHENTICATOR, "sim ple"}}) {
            Map<String, String> values = login();
            values.put(bad[0], bad[1]);
            assertEquals(bad[0], assertThrows(InvalidSettingException.class, () -> read(values)).key(), bad[1]);
        }
    }

    @Test
    void collectionSuffixNeedsItsPlaceholderAndMustDifferFromSessions() {
        Map<String, String> values = login();
        values.put(DoiJobSettings.COLLECTION_SUFFIX, "ESRF-DC-{investigationId}");
        assertEquals(DoiJobSettings.COLLECTION_SUFFIX, assertThrows(InvalidSettingException.class, () -> read(values)).key());
        values.put(DoiJobSettings.COLLECTION_SUFFIX, "BEAMCAT-ES-{dataCollectionId}");
        assertEquals(DoiJobSettings.COLLECTION_SUFFIX, assertThrows(InvalidSettingException.class, () -> read(values)).key());
        values.put(DoiJobSettings.COLLECTION_SUFFIX, "ESRF-DC-{dataCollectionId}");
        assertEquals("ESRF-DC-7", read(values).collectionSuffix().expand(7));
    }
}
