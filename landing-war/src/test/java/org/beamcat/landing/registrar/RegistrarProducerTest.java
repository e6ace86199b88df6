package org.beamcat.landing.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.landing.registrar.datacite.DataCiteRestRegistrar;
import org.beamcat.landing.registrar.datacite.DataCiteSettings;
import org.beamcat.landing.registrar.offline.OfflineRegistrar;
import org.beamcat.landing.registrar.validation.MetadataValidator;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class RegistrarProducerTest {

    private static DoiRegistrar choose(Map<String, String> values) {
        return RegistrarProducer.choose(new SettingsReader(key -> Optional.ofNullable(values.get(key))),
                MetadataValidator.withSystemClock());
    }

    @Test
    void isOfflineUnlessToldOtherwise() {
        assertInstanceOf(OfflineRegistrar.class, choose(Map.of()));
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
        assertEquals(DataCiteSettings.REPOSITORY_ID, assertThrows(InvalidSettingException.class,
                () -> choose(Map.of(RegistrarProducer.REGISTRAR, "datacite"))).key());
    }

    @Test
    void rejectsAnUnknownRegistrarByKey() {
        assertEquals("beamcat.doi.registrar", assertThrows(InvalidSettingException.class,
                () -> choose(Map.of(RegistrarProducer.REGISTRAR, "ezid"))).key());
    }
}
