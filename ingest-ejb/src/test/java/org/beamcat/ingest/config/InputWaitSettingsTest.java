package org.beamcat.ingest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWaitSettingsTest {

    @Test
    void delaysDoubleUpToTheCapAndEndAfterTheLastWait() {
        InputWaitSettings waits = new InputWaitSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 5);
        assertEquals(Optional.of(Duration.ofSeconds(5)), waits.delayBefore(1));
        assertEquals(Optional.of(Duration.ofSeconds(10)), waits.delayBefore(2));
        assertEquals(Optional.of(Duration.ofSeconds(20)), waits.delayBefore(3));
        assertEquals(Optional.of(Duration.ofSeconds(30)), waits.delayBefore(4), "capped");
        assertEquals(Optional.of(Duration.ofSeconds(30)), waits.delayBefore(5));
        assertTrue(waits.delayBefore(6).isEmpty(), "the waits are used up");
        assertTrue(waits.delayBefore(0).isEmpty());
    }

    @Test
    void zeroWaitsDeadLettersAtOnce() {
        assertTrue(new InputWaitSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 0).delayBefore(1).isEmpty());
    }

    @Test
    void readsDefaultsAndRejectsBadValuesByKey(@TempDir Path tmp) {
        Map<String, String> values = new HashMap<>(Map.of(IngestSettings.DATA_ROOT, tmp.toString(),
                IngestSettings.ICAT_URL, "https://icat.example.org", IngestSettings.ICAT_AUTHENTICATOR, "simple",
                IngestSettings.ICAT_USER, "root", IngestSettings.ICAT_PASSWORD, "root"));
        IngestSettings defaults = IngestSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
        assertEquals(Duration.ofSeconds(5), defaults.inputWait().firstDelay());
        assertEquals(30, defaults.inputWait().maxWaits());
        assertEquals(ChecksumKind.NONE, defaults.checksum());

        values.put(IngestSettings.CHECKSUM, "CRC32");
        assertEquals(ChecksumKind.CRC32,
                IngestSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key)))).checksum());
        values.put(IngestSettings.CHECKSUM, "md5");
        InvalidSettingException bad = assertThrows(InvalidSettingException.class,
                () -> IngestSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key)))));
        assertEquals(IngestSettings.CHECKSUM, bad.key());
        values.put(IngestSettings.CHECKSUM, "none");
        values.put(InputWaitSettings.FIRST_DELAY, "0");
        bad = assertThrows(InvalidSettingException.class,
                () -> IngestSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key)))));
        assertEquals(InputWaitSettings.FIRST_DELAY, bad.key());
    }
}
