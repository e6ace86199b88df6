package org.beamcat.ingest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSettingsTest {

    private static final Map<String, String> LOGIN = Map.of(IngestSettings.ICAT_AUTHENTICATOR, "simple",
            IngestSettings.ICAT_USER, "root", IngestSettings.ICAT_PASSWORD, "root");

    private static IngestSettings read(Map<String, String> values) {
        Map<String, String> all = new java.util.HashMap<>(LOGIN);
        all.putAll(values);
        return IngestSettings.read(new SettingsReader(key -> Optional.ofNullable(all.get(key))));
    }

    @Test
    void readsTheServiceLoginAndHidesThePassword(@TempDir Path tmp) {
        IngestSettings settings = read(Map.of(
                IngestSettings.DATA_ROOT, tmp.toString(), IngestSettings.ICAT_URL, "https://icat.example.org"));
        assertEquals("simple", settings.icatLogin().authenticator());
        assertEquals("root", settings.icatLogin().user());
        assertFalse(settings.toString().contains("password=root"), settings.toString());
        assertEquals(5, settings.maxAttempts());
        assertEquals(1000, settings.batchSize());
    }

    @Test
    void missingServiceUserIsRejectedByKey(@TempDir Path tmp) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(IngestSettings.DATA_ROOT, tmp.toString(),
                IngestSettings.ICAT_URL, "https://icat.example.org", IngestSettings.ICAT_AUTHENTICATOR, "simple",
                IngestSettings.ICAT_PASSWORD, "x"));
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> IngestSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key)))));
        assertEquals(IngestSettings.ICAT_USER, e.key());
    }

    @Test
    void readsDataRootAndIcatUrl(@TempDir Path tmp) {
        IngestSettings settings = read(Map.of(
                IngestSettings.DATA_ROOT, tmp.toString(), IngestSettings.ICAT_URL, "https://icat.example.org"));
        assertEquals(tmp, settings.dataRoot());
        assertEquals("https://icat.example.org", settings.icatUrl().toString());
        assertFalse(settings.legacyConversion().enabledFor("id01"), "legacy conversion is off unless configured");
    }

    @Test
    void readsTheLegacyConversionSwitch(@TempDir Path tmp) {
        IngestSettings settings = read(Map.of(IngestSettings.DATA_ROOT, tmp.toString(),
                IngestSettings.ICAT_URL, "https://icat.example.org", LegacyConversionSettings.CONVERT_LEGACY, "id01"));
        assertTrue(settings.legacyConversion().enabledFor("id01"));
    }

    @Test
    void relativeDataRootIsRejectedByKey() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> read(Map.of(
                IngestSettings.DATA_ROOT, "var/data", IngestSettings.ICAT_URL, "https://icat.example.org")));
        assertEquals("beamcat.data-root", e.key());
    }

    @Test
    void folderLayoutsDefaultToEsrfAndTheDemoAndABadOneNamesTheKey(@TempDir Path tmp) {
        Map<String, String> base = Map.of(IngestSettings.DATA_ROOT, tmp.toString(),
                IngestSettings.ICAT_URL, "https://icat.example.org");
        assertEquals("[visitor/{proposal}/{beamline}/**, {beamline}/inhouse/**, {beamline}/{proposal}/**]",
                read(base).folderLayouts().toString());
        java.util.HashMap<String, String> custom = new java.util.HashMap<>(base);
        custom.put(IngestSettings.FOLDER_LAYOUTS, " data/{beamline}/{proposal}/*/* ");
        assertEquals("[data/{beamline}/{proposal}/*/*]", read(custom).folderLayouts().toString());
        custom.put(IngestSettings.FOLDER_LAYOUTS, "visitor/**");
        InvalidSettingException bad = assertThrows(InvalidSettingException.class, () -> read(custom));
        assertEquals(IngestSettings.FOLDER_LAYOUTS, bad.key());
        assertTrue(bad.getMessage().contains("names neither {proposal} nor {beamline}"), bad.getMessage());
        custom.put(IngestSettings.FOLDER_LAYOUTS, " , ");
        assertEquals(IngestSettings.FOLDER_LAYOUTS, assertThrows(InvalidSettingException.class, () -> read(custom)).key());
    }
}
