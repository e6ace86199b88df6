package org.beamcat.ids.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void idsPerRequestAreBoundedByDefaultAndTheBoundIsChecked() {
        assertEquals(100_000, read(minimal()).maxIdsPerRequest());
        Map<String, String> values = minimal();
        values.put(IdsSettings.MAX_IDS_PER_REQUEST, "250000");
        assertEquals(250_000, read(values).maxIdsPerRequest());
        for (String bad : new String[] {"0", "-1", "lots", "1000001"}) {
            values.put(IdsSettings.MAX_IDS_PER_REQUEST, bad);
            assertEquals(IdsSettings.MAX_IDS_PER_REQUEST,
                    assertThrows(InvalidSettingException.class, () -> read(values)).key(), bad);
        }
    }

    @Test
    void twoLevelWhenArchiveRootIsSet() throws Exception {
        Map<String, String> values = minimal();
        values.put(IdsSettings.ARCHIVE_ROOT, Files.createDirectory(tmp.resolve("archive")).toString());
        values.put(ReaderSettings.USER, "root");
        values.put(ReaderSettings.PASSWORD, "secret");
        assertTrue(read(values).twoLevel());
    }

    @Test
    void twoLevelNeedsTheReaderAccount() throws Exception {
        Map<String, String> values = minimal();
        values.put(IdsSettings.ARCHIVE_ROOT, Files.createDirectory(tmp.resolve("archive")).toString());
        assertEquals(ReaderSettings.USER, assertThrows(InvalidSettingException.class, () -> read(values)).key());
    }

    @Test
    void readerAccountIsOptionalOnSingleLevelAndKeepsItsPasswordOutOfLogs() {
        assertTrue(read(minimal()).reader().isEmpty());
        Map<String, String> values = minimal();
        values.put(ReaderSettings.USER, "reader");
        values.put(ReaderSettings.PASSWORD, "secret");
        values.put(IdsSettings.ROOT_USERS, " simple/root , db/admin ");
        IdsSettings settings = read(values);
        ReaderSettings reader = settings.reader().orElseThrow();
        assertEquals("simple", reader.authenticator());
        assertEquals(Map.of("username", "reader", "password", "secret"), reader.credentials());
        assertFalse(settings.toString().contains("secret"), settings.toString());
        assertEquals(java.util.Set.of("simple/root", "db/admin"), settings.rootUsers());
    }

    @Test
    void readerUserWithoutPasswordOrPasswordWithoutUserNamesTheKey() {
        Map<String, String> noPassword = minimal();
        noPassword.put(ReaderSettings.USER, "reader");
        assertEquals(ReaderSettings.PASSWORD,
                assertThrows(InvalidSettingException.class, () -> read(noPassword)).key());
        Map<String, String> noUser = minimal();
        noUser.put(ReaderSettings.PASSWORD, "secret");
        assertEquals(ReaderSettings.USER, assertThrows(InvalidSettingException.class, () -> read(noUser)).key());
        Map<String, String> badAuthenticator = minimal();
        badAuthenticator.put(ReaderSettings.AUTHENTICATOR, "no way");
        assertEquals(ReaderSettings.AUTHENTICATOR,
                assertThrows(InvalidSettingException.class, () -> read(badAuthenticator)).key());
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

    @Test
    void storageDefaults() {
        StorageSettings storage = read(minimal()).storage();
        assertEquals(tmp.resolve(".beamcat-ids"), storage.cacheDir());
        assertEquals(StorageUnit.DATASET, storage.storageUnit());
        assertEquals(Duration.ZERO, storage.archiveDelay());
        assertEquals(0, storage.archiveBytesPerSecond());
        assertEquals(Duration.ofSeconds(5), storage.queueInterval());
        assertEquals(Duration.ofSeconds(60), storage.writeDelay());
        assertEquals(4, storage.workerThreads());
        assertEquals(Duration.ofSeconds(60), storage.tidierInterval());
        assertTrue(storage.startLevelBytes().isEmpty() && storage.stopLevelBytes().isEmpty());
        assertEquals(Duration.ofHours(168), storage.preparedLifetime());
    }

    @Test
    void storageValuesAreConvertedToTheirUnits() throws Exception {
        Map<String, String> values = minimal();
        Path cache = Files.createDirectory(tmp.resolve("cache"));
        values.put(StorageSettings.CACHE_DIR, cache.toString());
        values.put(StorageSettings.STORAGE_UNIT, "datafile");
        values.put(StorageSettings.ARCHIVE_DELAY_MS, "250");
        values.put(StorageSettings.ARCHIVE_BANDWIDTH_KIB, "1024");
        values.put(StorageSettings.START_LEVEL_MIB, "2048");
        values.put(StorageSettings.STOP_LEVEL_MIB, "1024");
        values.put(StorageSettings.PREPARED_LIFETIME_HOURS, "2");
        StorageSettings storage = read(values).storage();
        assertEquals(cache, storage.cacheDir());
        assertEquals(StorageUnit.DATAFILE, storage.storageUnit());
        assertEquals(Duration.ofMillis(250), storage.archiveDelay());
        assertEquals(1024 * 1024, storage.archiveBytesPerSecond());
        assertEquals(2048L * 1024 * 1024, storage.startLevelBytes().get());
        assertEquals(1024L * 1024 * 1024, storage.stopLevelBytes().get());
        assertEquals(Duration.ofHours(2), storage.preparedLifetime());
    }

    @ParameterizedTest
    @CsvSource({
        "beamcat.ids.storage-unit, tape, beamcat.ids.storage-unit",
        "beamcat.ids.archive.delay-ms, -1, beamcat.ids.archive.delay-ms",
        "beamcat.ids.archive.bandwidth-kib-per-second, fast, beamcat.ids.archive.bandwidth-kib-per-second",
        "beamcat.ids.queue.interval-seconds, 0, beamcat.ids.queue.interval-seconds",
        "beamcat.ids.queue.threads, 0, beamcat.ids.queue.threads",
        "beamcat.ids.prepared-lifetime-hours, 0, beamcat.ids.prepared-lifetime-hours",
        "beamcat.ids.cache-dir, relative/path, beamcat.ids.cache-dir",
        "beamcat.ids.tidier.start-level-mib, 100, beamcat.ids.tidier.stop-level-mib",
        "beamcat.ids.tidier.stop-level-mib, 100, beamcat.ids.tidier.start-level-mib",
    })
    void badStorageSettingsNameTheirKey(String key, String value, String named) {
        Map<String, String> values = minimal();
        values.put(key, value);
        assertEquals(named, assertThrows(InvalidSettingException.class, () -> read(values)).key());
    }

    @Test
    void theStopLevelMustBeBelowTheStartLevel() {
        Map<String, String> values = minimal();
        values.put(StorageSettings.START_LEVEL_MIB, "100");
        values.put(StorageSettings.STOP_LEVEL_MIB, "100");
        assertEquals(StorageSettings.STOP_LEVEL_MIB, assertThrows(InvalidSettingException.class, () -> read(values)).key());
    }
}
