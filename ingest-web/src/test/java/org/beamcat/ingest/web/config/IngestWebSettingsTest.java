package org.beamcat.ingest.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class IngestWebSettingsTest {

    private final Map<String, String> values = new HashMap<>(Map.of(IngestWebSettings.ICAT_URL, "http://localhost:8080",
            IngestWebSettings.ROOT_USERS, "simple/root, db/ops"));

    private IngestWebSettings read() {
        return IngestWebSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void defaultsLetOnlyRootUsersIngest() {
        IngestWebSettings settings = read();
        assertEquals(Set.of("simple/root", "db/ops"), settings.rootUsers());
        assertEquals(0, settings.producerTokens().size());
        assertTrue(settings.producerGrouping().isEmpty());
        assertTrue(settings.serviceAccount().isEmpty(), "no catalogue login needed without a grouping");
        assertEquals(Duration.ofSeconds(60), settings.sessionCacheTime());
    }

    @Test
    void aGroupingNeedsTheServiceAccountWhosePasswordIsNeverShown() {
        values.put(IngestWebSettings.PRODUCER_GROUPING, "ingest-producers");
        InvalidSettingException missing = assertThrows(InvalidSettingException.class, this::read);
        assertEquals(IngestWebSettings.ICAT_USER, missing.key());
        values.put(IngestWebSettings.ICAT_USER, "root");
        values.put(IngestWebSettings.ICAT_PASSWORD, "s3cret");
        IngestWebSettings settings = read();
        assertEquals(Optional.of("ingest-producers"), settings.producerGrouping());
        assertFalse(settings.toString().contains("s3cret"));
    }

    @Test
    void badValuesFailNamingTheirKey() {
        values.put(IngestWebSettings.PRODUCER_GROUPING, "x' OR '1'='1");
        assertEquals(IngestWebSettings.PRODUCER_GROUPING, assertThrows(InvalidSettingException.class, this::read).key());
        values.remove(IngestWebSettings.PRODUCER_GROUPING);
        values.put(IngestWebSettings.SESSION_CACHE_SECONDS, "-1");
        assertEquals(IngestWebSettings.SESSION_CACHE_SECONDS, assertThrows(InvalidSettingException.class, this::read).key());
        values.remove(IngestWebSettings.SESSION_CACHE_SECONDS);
        values.put(IngestWebSettings.PRODUCER_TOKENS, "seq:plaintext-secret");
        assertEquals(IngestWebSettings.PRODUCER_TOKENS, assertThrows(InvalidSettingException.class, this::read).key());
    }
}
