package org.beamcat.ids.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdsSettingsTest {

    @TempDir
    Path tmp;

    private IdsSettings read(Map<String, String> values) {
        return IdsSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    private Map<String, String> minimal() {
        Map<String, String> values = new HashMap<>();
        values.put(IdsSettings.DATA_ROOT, tmp.toString());
        values.put(IdsSettings.ICAT_URL, "http://localhost:8080/");
        return values;
    }

    @Test
    void singleLevelWithoutArchiveRoot() {
        IdsSettings settings = read(minimal());
        assertFalse(settings.twoLevel());
        assertFalse(settings.readOnly());
        assertEquals(URI.create("http://localhost:8080"), settings.icatUrl());
    }

    @Test
    void twoLevelWhenArchiveRootIsSet() throws Exception {
        Map<String, String> values = minimal();
        values.put(IdsSettings.ARCHIVE_ROOT, Files.createDirectory(tmp.resolve("archive")).toString());
        assertTrue(read(values).twoLevel());
    }

    @Test
    void missingDataRootNamesTheKey() {
        Map<String, String> values = minimal();
        values.remove(IdsSettings.DATA_ROOT);
        assertEquals("beamcat.data-root", assertThrows(InvalidSettingException.class, () -> read(values)).key());
    }

    @Test
    void archiveRootMustExist() {
        Map<String, String> values = minimal();
        values.put(IdsSettings.ARCHIVE_ROOT, tmp.resolve("nowhere").toString());
        assertEquals("beamcat.ids.archive-root", assertThrows(InvalidSettingException.class, () -> read(values)).key());
    }

    @Test
    void icatUrlMustBeHttp() {
        Map<String, String> values = minimal();
        values.put(IdsSettings.ICAT_URL, "icat.example.org");
        assertEquals("beamcat.icat.url", assertThrows(InvalidSettingException.class, () -> read(values)).key());
    }
}
