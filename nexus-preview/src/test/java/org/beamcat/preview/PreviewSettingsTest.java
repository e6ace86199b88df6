package org.beamcat.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class PreviewSettingsTest {

    private static SettingsReader reader(Map<String, String> values) {
        return new SettingsReader(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void unsetKeysGiveTheDefaults() {
        assertEquals(PreviewSettings.defaults(), PreviewSettings.read(reader(Map.of())));
    }

    @Test
    void keysOverrideTheDefaults() {
        PreviewSettings settings = PreviewSettings.read(reader(Map.of("beamcat.preview.max-read-mib", "4",
                "beamcat.preview.time-limit-ms", "2500", "beamcat.preview.tree-max-children", "20")));

        assertEquals(4L << 20, settings.maxReadBytes());
        assertEquals(Duration.ofMillis(2500), settings.timeLimit());
        assertEquals(20, settings.maxChildren());
    }

    @Test
    void aValueOutOfRangeFailsStartUp() {
        assertThrows(InvalidSettingException.class,
                () -> PreviewSettings.read(reader(Map.of("beamcat.preview.max-read-mib", "0"))));
        assertThrows(InvalidSettingException.class,
                () -> PreviewSettings.read(reader(Map.of("beamcat.preview.workers", "many"))));
    }
}
