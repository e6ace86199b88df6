package org.beamcat.landing.registrar.datacite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class DataCiteSettingsTest {

    private static DataCiteSettings read(Map<String, String> values) {
        return DataCiteSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    private static Map<String, String> withAccount() {
        Map<String, String> values = new HashMap<>();
        values.put(DataCiteSettings.REPOSITORY_ID, "INIST.ESRF");
        values.put(DataCiteSettings.PASSWORD, "s3cret");
        return values;
    }

    private static String rejectedKey(Map<String, String> values) {
        return assertThrows(InvalidSettingException.class, () -> read(values)).key();
    }

    @Test
    void defaultsToTheTestSystemAndAPatientRetryPolicy() {
        DataCiteSettings settings = read(withAccount());
        assertEquals(URI.create("https://api.test.datacite.org"), settings.apiUrl());
        assertEquals("INIST.ESRF", settings.repositoryId());
        assertEquals(new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofMinutes(1)), settings.retry());
        assertEquals(Duration.ofSeconds(30), settings.timeout());
    }

    @Test
    void readsEveryKey() {
        Map<String, String> values = withAccount();
        values.put(DataCiteSettings.URL, "https://api.datacite.org/");
        values.put(DataCiteSettings.MAX_ATTEMPTS, "3");
        values.put(DataCiteSettings.INITIAL_DELAY_MS, "5");
        values.put(DataCiteSettings.MAX_DELAY_MS, "20");
        values.put(DataCiteSettings.TIMEOUT_SECONDS, "5");
        DataCiteSettings settings = read(values);
        assertEquals(URI.create("https://api.datacite.org"), settings.apiUrl());
        assertEquals(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20)), settings.retry());
        assertEquals(Duration.ofSeconds(5), settings.timeout());
    }

    @Test
    void neverPrintsThePassword() {
        assertFalse(read(withAccount()).toString().contains("s3cret"));
    }

    @Test
    void requiresTheAccount() {
        Map<String, String> noPassword = withAccount();
        noPassword.remove(DataCiteSettings.PASSWORD);
        assertEquals("beamcat.doi.datacite.password", rejectedKey(noPassword));
        Map<String, String> noRepository = withAccount();
        noRepository.remove(DataCiteSettings.REPOSITORY_ID);
        assertEquals("beamcat.doi.datacite.repository-id", rejectedKey(noRepository));
    }

    @Test
    void rejectsBadValuesByKey() {
        Map<String, String> badRepository = withAccount();
        badRepository.put(DataCiteSettings.REPOSITORY_ID, "ESRF");
        assertEquals("beamcat.doi.datacite.repository-id", rejectedKey(badRepository));

        Map<String, String> badUrl = withAccount();
        badUrl.put(DataCiteSettings.URL, "api.datacite.org");
        assertEquals("beamcat.doi.datacite.url", rejectedKey(badUrl));

        Map<String, String> badAttempts = withAccount();
        badAttempts.put(DataCiteSettings.MAX_ATTEMPTS, "0");
        assertEquals("beamcat.doi.datacite.max-attempts", rejectedKey(badAttempts));

        Map<String, String> badDelay = withAccount();
        badDelay.put(DataCiteSettings.INITIAL_DELAY_MS, "soon");
        assertEquals("beamcat.doi.datacite.initial-delay-ms", rejectedKey(badDelay));

        Map<String, String> capBelowStart = withAccount();
        capBelowStart.put(DataCiteSettings.INITIAL_DELAY_MS, "5000");
        capBelowStart.put(DataCiteSettings.MAX_DELAY_MS, "1000");
        assertEquals("beamcat.doi.datacite.max-delay-ms", rejectedKey(capBelowStart));

        Map<String, String> badTimeout = withAccount();
        badTimeout.put(DataCiteSettings.TIMEOUT_SECONDS, "-1");
        assertEquals("beamcat.doi.datacite.timeout-seconds", rejectedKey(badTimeout));
    }
}
