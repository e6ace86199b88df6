package org.beamcat.landing.registrar.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.EsrfRecords;
import org.beamcat.landing.registrar.datacite.DataCiteRestRegistrar;
import org.beamcat.landing.registrar.datacite.DataCiteSettings;
import org.beamcat.landing.registrar.offline.OfflineRegistrar;
import org.beamcat.landing.registrar.offline.OfflineRegistrarSettings;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrarProducerTest {

    @TempDir
    Path dataRoot;

    private static DoiRegistrar choose(Map<String, String> values) {
        return RegistrarProducer.choose(new SettingsReader(key -> Optional.ofNullable(values.get(key))),
                MetadataValidator.withSystemClock());
    }

    private static String failingKey(Map<String, String> values) {
        return assertThrows(InvalidSettingException.class, () -> choose(values)).key();
    }

    @Test
    void isOfflineUnlessToldOtherwiseWithItsFilesUnderTheDataRoot() {
        DoiRegistrar registrar = choose(Map.of(OfflineRegistrarSettings.DATA_ROOT, dataRoot.toString()));
        assertInstanceOf(OfflineRegistrar.class, registrar);
        assertTrue(Files.isDirectory(dataRoot.resolve(OfflineRegistrarSettings.DEFAULT_NAME)));
        registrar.createDraft(EsrfRecords.experimentSession(1L));
        assertEquals(1, ((OfflineRegistrar) choose(Map.of(OfflineRegistrarSettings.DATA_ROOT, dataRoot.toString())))
                .size(), "a restarted server finds what it registered");
    }

    @Test
    void theOfflineDirectoryCanBeChosen() throws Exception {
        Path chosen = Files.createDirectory(dataRoot.resolve("dois"));
        OfflineRegistrar registrar = (OfflineRegistrar) choose(Map.of(OfflineRegistrarSettings.DIRECTORY, chosen.toString()));
        registrar.createDraft(EsrfRecords.experimentSession(1L));
        try (var files = Files.list(chosen)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aBadOfflineDirectoryFailsByKey() throws Exception {
        assertEquals(OfflineRegistrarSettings.DIRECTORY, failingKey(Map.of()), "no directory and no data root");
        assertEquals(OfflineRegistrarSettings.DIRECTORY,
                failingKey(Map.of(OfflineRegistrarSettings.DIRECTORY, "relative/dois")));
        assertEquals(OfflineRegistrarSettings.DIRECTORY,
                failingKey(Map.of(OfflineRegistrarSettings.DIRECTORY, dataRoot.resolve("missing").toString())));
        Path file = Files.writeString(dataRoot.resolve("a-file"), "x");
        assertEquals(OfflineRegistrarSettings.DIRECTORY,
                failingKey(Map.of(OfflineRegistrarSettings.DIRECTORY, file.toString())));
        assertEquals(OfflineRegistrarSettings.DIRECTORY,
                failingKey(Map.of(OfflineRegistrarSettings.DATA_ROOT, file.toString())), "data root is a file");
        Files.writeString(dataRoot.resolve(OfflineRegistrarSettings.DEFAULT_NAME), "in the way");
        assertEquals(OfflineRegistrarSettings.DIRECTORY,
                failingKey(Map.of(OfflineRegistrarSettings.DATA_ROOT, dataRoot.toString())), "default cannot be created");
    }

    @Test
    void choosesDataCiteWithItsSettings() {
        Map<String, String> values = new HashMap<>();
        values.put(RegistrarProducer.REGISTRAR, "datacite");
        values.put(DataCiteSettings.REPOSITORY_ID, "INIST.ESRF");
        values.put(DataCiteSettings.PASSWORD, "s3cret");
        assertInstanceOf(DataCiteRestRegistrar.class, choose(values));
    }

    @Test
    void dataCiteWithoutAnAccountFailsByKey() {
        assertEquals(DataCiteSettings.REPOSITORY_ID, failingKey(Map.of(RegistrarProducer.REGISTRAR, "datacite")));
    }

    @Test
    void rejectsAnUnknownRegistrarByKey() {
        assertEquals("beamcat.doi.registrar", failingKey(Map.of(RegistrarProducer.REGISTRAR, "ezid")));
    }
}
