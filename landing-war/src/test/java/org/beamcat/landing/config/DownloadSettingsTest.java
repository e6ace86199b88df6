package org.beamcat.landing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class DownloadSettingsTest {

    private static final URI ICAT = URI.create("http://localhost:8080/");

    private static DownloadSettings read(Map<String, String> values) {
        return DownloadSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))), ICAT);
    }

    @Test
    void defaultsAreTheIdsBesideTheCatalogueAndTheAnonAuthenticator() {
        DownloadSettings settings = read(Map.of());
        assertEquals(URI.create("http://localhost:8080/ids"), settings.idsUrl());
        assertEquals("anon", settings.anonymousAuthenticator());
    }

    @Test
    void givenValuesAreUsedWithoutTrailingSlash() {
        DownloadSettings settings = read(Map.of(DownloadSettings.IDS_URL, "https://data.example.org/ids/",
                DownloadSettings.ANONYMOUS_AUTHENTICATOR, "public"));
        assertEquals(URI.create("https://data.example.org/ids"), settings.idsUrl());
        assertEquals("public", settings.anonymousAuthenticator());
    }

    @Test
    void badValuesFailTheStartWithTheirKey() {
        assertEquals(DownloadSettings.IDS_URL, assertThrows(InvalidSettingException.class,
                () -> read(Map.of(DownloadSettings.IDS_URL, "ftp://x"))).key());
        assertEquals(DownloadSettings.ANONYMOUS_AUTHENTICATOR, assertThrows(InvalidSettingException.class,
                () -> read(Map.of(DownloadSettings.ANONYMOUS_AUTHENTICATOR, "bad name"))).key());
    }
}
