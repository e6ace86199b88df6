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

    private static IngestSettings read(Map<String, String> values) {
        return IngestSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
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
}
