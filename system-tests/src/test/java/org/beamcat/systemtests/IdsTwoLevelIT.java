package org.beamcat.systemtests;

import static org.beamcat.systemtests.IdsCalls.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scenarios of the reference suite's two-level integration tests (contract section 4), run over HTTP
 * against the IDS in both two-level configurations at once: the built ids-web WAR deployed a second and a
 * third time, at /ids-dataset (storage unit DATASET) and /ids-datafile (DATAFILE), each with its own
 * storage folders and settings; every scenario runs on both. As in the reference
 * fixture every test starts from data that has been written to the archive and removed from main storage
 * (ARCHIVED), here by the IDS itself (put, queued write, archive), and waits on an empty queue in
 * getServiceStatus, never on a clock.
 */
@ExtendWith(ArquillianExtension.class)
class IdsTwoLevelIT {

    /** Start and stop levels of the space-management tidier in these deployments, in MiB. */
    static final int START_MIB = 2;
    static final int STOP_MIB = 1;

    private static final int MIB = 1024 * 1024;
    private static final Path DATASET_FOLDER = IdsWar.freshFolder("dataset");
    private static final Path DATAFILE_FOLDER = IdsWar.freshFolder("datafile");
    /** One investigation per deployment, made on first use. */
    private static final Map<String, IdsTestCatalogue> CATALOGUES = new HashMap<>();

    private IdsTestCatalogue icat;
    private IdsCalls ids;
    private boolean datasetUnit;
    private Path folder;

    @Deployment(name = "icat-server", order = 1, testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @Deployment(name = "ids-dataset", order = 2, testable = false)
    static WebArchive datasetUnitIds() {
        return IdsWar.withSettings("ids-dataset", settings(DATASET_FOLDER, "DATASET"));
    }

    @Deployment(name = "ids-datafile", order = 3, testable = false)
    static WebArchive datafileUnitIds() {
        return IdsWar.withSettings("ids-datafile", settings(DATAFILE_FOLDER, "DATAFILE"));
    }

    /** Settings of both two-level deployments: short timings and a small start level for the tidier. */
    static Map<String, String> settings(Path folder, String unit) {
        Map<String, String> settings = IdsWar.twoLevelSettings(folder, unit);
        settings.put("beamcat.ids.tidier.start-level-mib", Integer.toString(START_MIB));
        settings.put("beamcat.ids.tidier.stop-level-mib", Integer.toString(STOP_MIB));
        return settings;
    }

    /** A scenario run once per storage unit, on that unit's deployment. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DATASET", "DATAFILE"})
    @interface OnBothUnits {
    }

    @AfterAll
    static void removeTheTestInvestigations() throws Exception {
        for (IdsTestCatalogue catalogue : CATALOGUES.values()) {
            catalogue.remove();
        }
        CATALOGUES.clear();
    }

    /** Points the test at the deployment of {@code unit} (DATASET or DATAFILE), with a clean failure rate. */
    private void use(String unit) throws Exception {
        datasetUnit = unit.equals("DATASET");
        folder = datasetUnit ? DATASET_FOLDER : DATAFILE_FOLDER;
        ids = new IdsCalls("/ids-" + unit.toLowerCase(Locale.ROOT));
        Http.awaitStatus(ids.path("ping"), 200, Duration.ofSeconds(60));
        icat = CATALOGUES.computeIfAbsent(unit, u -> {
            try {
                return IdsTestCatalogue.create("ids-" + u.toLowerCase(Locale.ROOT));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Files.deleteIfExists(failureRateFile());
    }

    @AfterEach
    void archiveWorksAgain() throws IOException {
        if (folder != null) {
            Files.deleteIfExists(failureRateFile());
        }
    }

    @OnBothUnits
    void dataStartsArchivedAndGetStatusNeverRestoresIt(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "status");
        assertEquals("true", ids.text("isTwoLevel"));
        assertEquals("false", ids.text("isReadOnly"));
        for (int i = 0; i < 3; i++) {
            assertEquals("ARCHIVED", ids.text("getStatus?sessionId=" + icat.root + "&datasetIds=" + ds.id));
            assertEquals("ARCHIVED", ids.text("getStatus?datasetIds=" + ds.id), "anonymous, through the reader");
            assertEquals("ARCHIVED", ids.text("getStatus?sessionId=" + icat.root + "&datafileIds=" + ds.dfIds.get(0)));
        }
        assertTrue(ids.serviceStatus(icat.root).getJsonArray("opsQueue").isEmpty(), "getStatus queued nothing");
        ds.assertNotInMain();
        ds.assertInArchive();
    }

    @OnBothUnits
    void restoreBringsDataBackAndArchiveRemovesItFromMainStorage(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "restore-archive");
        ids.noContent("restore", Map.of("sessionId", icat.root, "datasetIds", Long.toString(ds.id)));
        ids.awaitQueueEmpty(icat.root);
        assertEquals("ONLINE", ids.text("getStatus?sessionId=" + icat.root + "&datasetIds=" + ds.id));
        ds.assertInMain();

        ids.noContent("archive", Map.of("sessionId", icat.root, "datasetIds", Long.toString(ds.id)));
        ids.awaitQueueEmpty(icat.root);
        assertEquals("ARCHIVED", ids.text("getStatus?sessionId=" + icat.root + "&datasetIds=" + ds.id));
        ds.assertNotInMain();
        ds.assertInArchive();
        ids.noContent("archive", Map.of("sessionId", icat.root)); // an empty selection is accepted
    }

    @OnBothUnits
    void getDataOfArchivedDataAnswers503RestoresAndThenStreams(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "getdata");
        String query = "getData?sessionId=" + icat.root + "&datasetIds=" + ds.id;
        JsonObject notOnline = expectError(ids.get(query), 503, "DataNotOnlineException");
        assertEquals(notOnlineForGet(), notOnline.getString("message"));
        ids.awaitQueueEmpty(icat.root);

        HttpResponse<byte[]> compressed = ids.bytes(query + "&compress=true");
        assertEquals(200, compressed.statusCode());
        HttpResponse<byte[]> stored = ids.bytes(query);
        assertEquals(200, stored.statusCode());
        Map<String, IdsCalls.Entry> entries = IdsCalls.entries(stored.body());
        assertEquals(ds.entryNames(icat), List.copyOf(entries.keySet()));
        entries.forEach((name, entry) -> {
            assertArrayEquals(ds.contentOfEntry(name), entry.data(), name);
            assertEquals(ZipEntry.DEFLATED, entry.method(), "compress=false is deflate at level 0");
            assertEquals(entry.size() + 5, entry.compressedSize(), "level 0 adds 5 bytes to a small entry");
        });
        IdsCalls.entries(compressed.body()).forEach((name, entry) -> {
            assertArrayEquals(ds.contentOfEntry(name), entry.data(), name);
            assertTrue(entry.compressedSize() < entry.size(), name + " is compressed");
        });
    }

    @OnBothUnits
    void prepareDataRestoresAndIsPreparedTurnsTrue(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "prepare");
        HttpResponse<String> prepared = ids.post("prepareData", Map.of("sessionId", icat.root,
                "datasetIds", Long.toString(ds.id), "zip", "true"));
        assertEquals(200, prepared.statusCode(), prepared.body());
        String preparedId = prepared.body();
        ids.awaitText("isPrepared?preparedId=" + preparedId, "true");
        assertEquals("ONLINE", ids.text("getStatus?preparedId=" + preparedId));
        ds.assertInMain();
        HttpResponse<byte[]> data = ids.bytes("getData?preparedId=" + preparedId + "&outname=two");
        assertEquals(200, data.statusCode());
        assertEquals("attachment; filename=\"two.zip\"", data.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(ds.entryNames(icat), List.copyOf(IdsCalls.entries(data.body()).keySet()));
    }

    @OnBothUnits
    void gettingOneDatafileRestoresItsWholeDatasetOnlyWithTheDatasetUnit(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "unit");
        long first = ds.dfIds.get(0);
        long second = ds.dfIds.get(1);
        JsonObject notOnline = expectError(ids.get("getData?sessionId=" + icat.root + "&datafileIds=" + first), 503,
                "DataNotOnlineException");
        assertEquals(notOnlineForGet(), notOnline.getString("message"));
        ids.awaitQueueEmpty(icat.root);
        HttpResponse<byte[]> single = ids.bytes("getData?sessionId=" + icat.root + "&datafileIds=" + first);
        assertEquals(200, single.statusCode());
        assertArrayEquals(ds.contents.get(0), single.body());
        assertEquals(datasetUnit ? "ONLINE" : "ARCHIVED",
                ids.text("getStatus?sessionId=" + icat.root + "&datafileIds=" + second));
        assertEquals(datasetUnit ? "ONLINE" : "ARCHIVED",
                ids.text("getStatus?sessionId=" + icat.root + "&datasetIds=" + ds.id));
    }

    @OnBothUnits
    void aFailingArchiveIsReportedUntilResetThenTheRestoreIsRetried(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "failing");
        Files.writeString(failureRateFile(), "1");
        String preparedId = ids.post("prepareData", Map.of("sessionId", icat.root, "datasetIds",
                Long.toString(ds.id))).body();
        ids.awaitQueueEmpty(icat.root);
        expectRestoreFailed(ids.get("isPrepared?preparedId=" + preparedId));
        expectRestoreFailed(ids.get("getStatus?sessionId=" + icat.root + "&datasetIds=" + ds.id));
        expectRestoreFailed(ids.get("getStatus?preparedId=" + preparedId));
        assertTrue(ds.recordedAsFailed(), ids.serviceStatus(icat.root).toString());
        ds.assertNotInMain();

        Files.writeString(failureRateFile(), "0");
        expectRestoreFailed(ids.get("isPrepared?preparedId=" + preparedId)); // reported until reset
        ids.noContent("reset", Map.of("preparedId", preparedId));
        assertFalse(ds.recordedAsFailed(), ids.serviceStatus(icat.root).toString());
        assertEquals("ARCHIVED", ids.text("getStatus?sessionId=" + icat.root + "&datasetIds=" + ds.id));
        ids.awaitText("isPrepared?preparedId=" + preparedId, "true");
        ds.assertInMain();
    }

    @OnBothUnits
    void aCorruptArchiveCopyFailsTheRestoreAndNothingIsLost(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "corrupt");
        Map<Path, byte[]> originals = ds.corruptArchiveCopies();
        ids.noContent("restore", Map.of("sessionId", icat.root, "datasetIds", Long.toString(ds.id)));
        ids.awaitQueueEmpty(icat.root);
        expectRestoreFailed(ids.get("getStatus?sessionId=" + icat.root + "&datasetIds=" + ds.id));
        expectRestoreFailed(ids.get("getData?sessionId=" + icat.root + "&datasetIds=" + ds.id));
        ds.assertNotInMain(); // nothing half-restored or corrupt is published
        for (Path copy : originals.keySet()) {
            assertTrue(Files.isRegularFile(copy), "the archive copy is kept: " + copy);
        }
        assertEquals(ds.dfIds.size(), DemoCatalogueFixture.ICAT.search(icat.root,
                "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + ds.id).getJsonNumber(0).intValue());

        for (Map.Entry<Path, byte[]> original : originals.entrySet()) {
            Files.write(original.getKey(), original.getValue()); // the operator repairs the tape copy
        }
        ids.noContent("reset", Map.of("sessionId", icat.root, "datasetIds", Long.toString(ds.id)));
        ids.noContent("restore", Map.of("sessionId", icat.root, "datasetIds", Long.toString(ds.id)));
        ids.awaitQueueEmpty(icat.root);
        assertEquals("ONLINE", ids.text("getStatus?sessionId=" + icat.root + "&datasetIds=" + ds.id));
        ds.assertInMain();
    }

    @OnBothUnits
    void writeCopiesOnlineDataAndRefusesArchivedData(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "write");
        JsonObject refused = expectError(ids.post("write", Map.of("sessionId", icat.root, "datasetIds",
                Long.toString(ds.id))), 503, "DataNotOnlineException");
        assertEquals("Requested data is not online, write request refused", refused.getString("message"));
        ids.noContent("restore", Map.of("sessionId", icat.root, "datasetIds", Long.toString(ds.id)));
        ids.awaitQueueEmpty(icat.root);
        ds.deleteArchiveCopies();
        ids.noContent("write", Map.of("sessionId", icat.root, "datasetIds", Long.toString(ds.id)));
        ids.awaitQueueEmpty(icat.root);
        ds.assertInArchive();
    }

    /**
     * Datafile unit: a file rewritten in place after it was archived, at the same size and with its new checksum
     * in the catalogue (what ingestion does to a NeXus master file after a metadata update), is written to the
     * archive again before it leaves main storage; the next restore brings back the new content.
     */
    @Test
    void aFileRewrittenInPlaceAtTheSameSizeIsWrittenAgainBeforeItIsEvicted() throws Exception {
        Ds ds = archivedDataset("DATAFILE", "rewrite");
        Map<String, String> dataset = Map.of("sessionId", icat.root, "datasetIds", Long.toString(ds.id));
        ids.noContent("restore", dataset);
        ids.awaitQueueEmpty(icat.root);
        ds.assertInMain();

        byte[] rewritten = ds.contents.get(0).clone();
        rewritten[0] = (byte) (rewritten[0] == 'F' ? 'f' : 'F');
        Files.write(folder.resolve("main").resolve(ds.locations.get(0)), rewritten);
        CRC32 crc = new CRC32();
        crc.update(rewritten);
        DemoCatalogueFixture.ICAT.update(icat.root, "Datafile", Json.createObjectBuilder().add("id", ds.dfIds.get(0))
                .add("checksum", Long.toHexString(crc.getValue())).build());
        ds.contents.set(0, rewritten);

        ids.noContent("archive", dataset);
        ids.awaitQueueEmpty(icat.root);
        ds.assertNotInMain();
        assertArrayEquals(rewritten, Files.readAllBytes(ds.archiveCopies().get(0)), "the archive has the new content");
        ids.noContent("restore", dataset);
        ids.awaitQueueEmpty(icat.root);
        assertFalse(ds.recordedAsFailed(), "the restore did not fail");
        ds.assertInMain();
    }

    @OnBothUnits
    void putAndDeleteOnArchivedDataFollowTheStorageUnit(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "put-delete");
        String query = "sessionId=" + icat.root + "&name=late.txt&datafileFormatId=" + icat.formatId + "&datasetId="
                + ds.id;
        HttpResponse<String> put = ids.put(query, "late".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> delete = ids.delete("sessionId=" + icat.root + "&datafileIds=" + ds.dfIds.get(0));
        if (datasetUnit) {
            expectError(put, 503, "DataNotOnlineException");
            expectError(delete, 503, "DataNotOnlineException");
        } else {
            assertEquals(201, put.statusCode(), put.body());
            assertEquals(204, delete.statusCode(), delete.body());
        }
        ids.awaitQueueEmpty(icat.root);
    }

    @OnBothUnits
    void everyErrorHasTheContractsStatusAndJson(String unit) throws Exception {
        Ds ds = archivedDataset(unit, "errors");
        String dsIds = Long.toString(ds.id);
        for (String call : new String[] {"archive", "restore", "write", "reset", "prepareData"}) {
            expectError(ids.post(call, Map.of("sessionId", "not-a-uuid", "datasetIds", dsIds)), 400,
                    "BadRequestException");
            expectError(ids.post(call, Map.of("sessionId", icat.root, "datasetIds", "1,,2")), 400,
                    "BadRequestException");
            expectError(ids.post(call, Map.of("sessionId", icat.bob, "datasetIds", dsIds)), 403,
                    "InsufficientPrivilegesException");
            expectError(ids.post(call, Map.of("sessionId", "00000000-0000-0000-0000-000000000000",
                    "datasetIds", dsIds)), 403, "InsufficientPrivilegesException");
            expectError(ids.post(call, Map.of("sessionId", icat.root, "datasetIds", "987654321")), 404,
                    "NotFoundException");
        }
        expectError(ids.get("getData?sessionId=" + icat.root + "&datasetIds=" + dsIds, "Range", "bytes=0-10"), 400,
                "BadRequestException");
        expectError(ids.put("sessionId=" + icat.root + "&datafileFormatId=" + icat.formatId + "&datasetId=" + dsIds,
                new byte[1]), 400, "BadRequestException");
        expectError(ids.put("sessionId=" + icat.root + "&name=x&datafileFormatId=x&datasetId=" + dsIds, new byte[1]),
                400, "BadRequestException");
        expectError(ids.get("getServiceStatus?sessionId=" + icat.alice), 403, "InsufficientPrivilegesException");
        expectError(ids.get("getStatus?preparedId=6d3aaca5-da9f-4e6a-922d-eceeefcc07e0"), 404, "NotFoundException");
        JsonObject removed = expectError(ids.get("getApiVersion"), 501, "NOT_IMPLEMENTED");
        assertEquals("Operation not implemented by this IDS server.", removed.getString("message"));
        Files.writeString(failureRateFile(), "1"); // the restore the next call queues fails: 500 afterwards
        expectError(ids.get("getData?sessionId=" + icat.root + "&datasetIds=" + dsIds), 503, "DataNotOnlineException");
        ids.awaitQueueEmpty(icat.root);
        expectRestoreFailed(ids.get("getStatus?sessionId=" + icat.root + "&datasetIds=" + dsIds));
        ids.noContent("reset", Map.of("sessionId", icat.root, "datasetIds", dsIds));
    }

    @OnBothUnits
    void mainStorageAboveTheStartLevelIsArchivedDownToTheStopLevel(String unit) throws Exception {
        use(unit);
        ids.awaitQueueEmpty(icat.root);
        Random random = new Random(42);
        List<Long> datasets = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // 4 × 0.6 MiB: above the 2 MiB start level, evicted down to 1 MiB
            long id = icat.dataset("space-" + i + "-" + System.nanoTime());
            byte[] content = new byte[6 * MIB / 10];
            random.nextBytes(content);
            ids.putFile(icat.root, id, icat.formatId, "big.bin", content);
            datasets.add(id);
        }
        for (int i = 0; i < 3; i++) {
            ids.awaitText("getStatus?sessionId=" + icat.root + "&datasetIds=" + datasets.get(i), "ARCHIVED");
        }
        ids.awaitQueueEmpty(icat.root);
        assertEquals("ONLINE", ids.text("getStatus?sessionId=" + icat.root + "&datasetIds=" + datasets.get(3)),
                "the newest data stays");
        long used;
        try (var files = Files.walk(folder.resolve("main"))) {
            used = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(used <= STOP_MIB * (long) MIB, used + " bytes are left in main storage");
    }

    /**
     * A dataset laid out as ingestion registers it (issue 6): Dataset.location is its folder under the data
     * root, its datafiles are registered at their paths below it, and the IDS never put anything. It is
     * written, archived, restored byte for byte and served; a big one is found by the space tidier.
     */
    @Test
    void aDatasetAtItsIngestionLocationIsArchivedRestoredServedAndEvicted() throws Exception {
        use("DATASET");
        ids.awaitQueueEmpty(icat.root);
        Path main = folder.resolve("main");
        String beamline = "id11/" + icat.investigationName + "/sample";
        Files.createDirectories(main.resolve(beamline));
        Files.writeString(main.resolve(beamline + "/foreign.txt"), "not registered");

        byte[] frame = new byte[3000];
        new Random(7).nextBytes(frame);
        String smallLocation = beamline + "/ds-" + System.nanoTime();
        Ingested small = ingested(smallLocation, Map.of(
                "master.h5", "master of the dataset\n".repeat(50).getBytes(StandardCharsets.UTF_8),
                "scan0001/frame.bin", frame));
        // written into the dataset folder after ingestion and never registered: it stays through eviction, and
        // must not make the evicted dataset look online (nor stop its restore)
        Path notes = main.resolve(smallLocation + "/notes.txt");
        Files.writeString(notes, "written after ingestion");
        String status = "getStatus?sessionId=" + icat.root + "&datasetIds=" + small.id;
        assertEquals("ONLINE", ids.text(status));
        ids.noContent("write", Map.of("sessionId", icat.root, "datasetIds", Long.toString(small.id)));
        ids.awaitQueueEmpty(icat.root);
        assertTrue(Files.isRegularFile(folder.resolve("archive/" + icat.investigationId + "/" + small.id)));
        ids.noContent("archive", Map.of("sessionId", icat.root, "datasetIds", Long.toString(small.id)));
        ids.awaitQueueEmpty(icat.root);
        assertEquals("ARCHIVED", ids.text(status));
        small.assertNotInMain(main);
        assertEquals("not registered", Files.readString(main.resolve(beamline + "/foreign.txt")),
                "eviction deletes only registered files");
        assertEquals("written after ingestion", Files.readString(notes), "nor an unregistered one in its folder");
        // a put judges the dataset by its registered files too: archived, so 503 (and a restore), not a new
        // file beside notes.txt
        expectError(ids.put("sessionId=" + icat.root + "&name=late.txt&datafileFormatId=" + icat.formatId
                + "&datasetId=" + small.id, "late".getBytes(StandardCharsets.UTF_8)), 503, "DataNotOnlineException");

        ids.noContent("restore", Map.of("sessionId", icat.root, "datasetIds", Long.toString(small.id)));
        ids.awaitQueueEmpty(icat.root);
        assertEquals("ONLINE", ids.text(status));
        small.assertInMain(main);
        HttpResponse<byte[]> data = ids.bytes("getData?sessionId=" + icat.root + "&datasetIds=" + small.id);
        assertEquals(200, data.statusCode());
        Map<String, IdsCalls.Entry> entries = IdsCalls.entries(data.body());
        assertEquals(small.files.size(), entries.size());
        small.files.forEach((location, content) -> assertArrayEquals(content, entries.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/" + location.substring(location.lastIndexOf('/') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(location + " missing from the zip"))
                .getValue().data()));

        // Above the start level, with the oldest files: the tidier finds it by its location and archives it.
        byte[] big = new byte[5 * MIB / 2];
        new Random(11).nextBytes(big);
        Ingested large = ingested(beamline + "/big-" + System.nanoTime(), Map.of("scan0001/big.bin", big));
        for (String location : large.files.keySet()) {
            Files.setLastModifiedTime(main.resolve(location), FileTime.fromMillis(0));
        }
        ids.awaitText("getStatus?sessionId=" + icat.root + "&datasetIds=" + large.id, "ARCHIVED");
        ids.awaitQueueEmpty(icat.root);
        large.assertNotInMain(main);
        assertTrue(Files.isRegularFile(folder.resolve("archive/" + icat.investigationId + "/" + large.id)),
                "written to the archive before it left main storage");
    }

    /**
     * Issue 6: ingestion adds a file to a dataset whose zip is already in the archive, and queues no write.
     * Archiving the dataset again must not delete that file from main storage unless the archive holds it:
     * after the next restore it is back, byte for byte.
     */
    @Test
    void aFileIngestedIntoAnArchivedDatasetSurvivesTheNextArchive() throws Exception {
        use("DATASET");
        ids.awaitQueueEmpty(icat.root);
        Path main = folder.resolve("main");
        String location = "id11/" + icat.investigationName + "/late/ds-" + System.nanoTime();
        Ingested dataset = ingested(location, Map.of("master.h5", "first scan\n".getBytes(StandardCharsets.UTF_8)));
        Map<String, String> selection = Map.of("sessionId", icat.root, "datasetIds", Long.toString(dataset.id));
        String status = "getStatus?sessionId=" + icat.root + "&datasetIds=" + dataset.id;
        ids.noContent("write", selection);
        ids.noContent("archive", selection);
        ids.awaitQueueEmpty(icat.root);
        assertEquals("ARCHIVED", ids.text(status));
        ids.noContent("restore", selection);
        ids.awaitQueueEmpty(icat.root);
        assertEquals("ONLINE", ids.text(status));

        byte[] late = new byte[4000];
        new Random(13).nextBytes(late);
        String lateLocation = location + "/scan0002/late.bin";
        registerIngested(dataset.id, lateLocation, late);
        ids.noContent("archive", selection);
        ids.awaitQueueEmpty(icat.root);

        if (Files.exists(main.resolve(lateLocation))) {
            assertArrayEquals(late, Files.readAllBytes(main.resolve(lateLocation)), "kept on main storage");
            return;
        }
        assertEquals("ARCHIVED", ids.text(status));
        ids.noContent("restore", selection);
        ids.awaitQueueEmpty(icat.root);
        assertEquals("ONLINE", ids.text(status));
        assertArrayEquals(late, Files.readAllBytes(main.resolve(lateLocation)), "restored from the archive");
        dataset.assertInMain(main);
    }

    /** Files written under {@code location} and registered as ingestion does: no IDS put, no checksum. */
    private Ingested ingested(String location, Map<String, byte[]> relativeFiles) throws Exception {
        long id = DemoCatalogueFixture.ICAT.create(icat.root, "Dataset", Json.createObjectBuilder()
                .add("name", location.substring(location.lastIndexOf('/') + 1)).add("location", location)
                .add("investigation", IdsTestCatalogue.ref(icat.investigationId))
                .add("type", IdsTestCatalogue.ref(icat.datasetTypeId)).build());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(relativeFiles).entrySet()) {
            String fileLocation = location + "/" + file.getKey();
            registerIngested(id, fileLocation, file.getValue());
            files.put(fileLocation, file.getValue());
        }
        return new Ingested(id, files);
    }

    /** Writes one file on main storage and creates its Datafile straight in the catalogue, as ingestion does. */
    private void registerIngested(long datasetId, String fileLocation, byte[] content) throws Exception {
        Path path = folder.resolve("main").resolve(fileLocation);
        Files.createDirectories(path.getParent());
        Files.write(path, content);
        DemoCatalogueFixture.ICAT.create(icat.root, "Datafile", Json.createObjectBuilder()
                .add("name", path.getFileName().toString()).add("location", fileLocation)
                .add("fileSize", content.length).add("dataset", IdsTestCatalogue.ref(datasetId)).build());
    }

    private record Ingested(long id, Map<String, byte[]> files) {

        void assertInMain(Path main) throws IOException {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                assertArrayEquals(file.getValue(), Files.readAllBytes(main.resolve(file.getKey())), file.getKey());
            }
        }

        void assertNotInMain(Path main) {
            files.keySet().forEach(location -> assertFalse(Files.exists(main.resolve(location)), location));
        }
    }

    // --- fixture ---

    Path failureRateFile() {
        return folder.resolve("failure-rate");
    }

    /** The contract's 503 message of getData, which names the storage unit. */
    private String notOnlineForGet() {
        return datasetUnit ? "Before putting, getting or deleting a datafile, its dataset has to be restored,"
                + " restoration requested automatically"
                : "Before getting a datafile, it must be restored, restoration requested automatically";
    }

    private static void expectRestoreFailed(HttpResponse<String> response) {
        assertEquals("Restore failed", expectError(response, 500, "InternalException").getString("message"));
    }

    /**
     * A dataset with two small files put through the IDS of {@code unit}, written to the archive and then
     * archived.
     */
    Ds archivedDataset(String unit, String name) throws Exception {
        use(unit);
        long id = icat.dataset(name + "-" + System.nanoTime());
        Ds ds = new Ds(id);
        ds.add("a.txt", ("first file of " + name + "\n").repeat(40));
        ds.add("sub/b.txt", ("second file of " + name + "\n").repeat(30));
        ids.awaitQueueEmpty(icat.root); // the queued writes have reached the archive
        ds.assertInArchive();
        ids.noContent("archive", Map.of("sessionId", icat.root, "datasetIds", Long.toString(id)));
        ids.awaitQueueEmpty(icat.root);
        ds.assertNotInMain();
        return ds;
    }

    /** What the test put into one dataset, and where it should be. */
    final class Ds {
        final long id;
        final List<Long> dfIds = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<String> locations = new ArrayList<>();
        final List<byte[]> contents = new ArrayList<>();

        Ds(long id) {
            this.id = id;
        }

        void add(String name, String text) throws IOException, InterruptedException {
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            JsonObject put = ids.putFile(icat.root, id, icat.formatId, name, content);
            dfIds.add(put.getJsonNumber("id").longValue());
            names.add(name);
            locations.add(put.getString("location"));
            contents.add(content);
        }

        List<String> entryNames(IdsTestCatalogue catalogue) throws Exception {
            JsonObject facility = DemoCatalogueFixture.ICAT.get(catalogue.root, "Facility", catalogue.facilityId)
                    .getJsonObject("Facility");
            String dsName = DemoCatalogueFixture.ICAT.get(catalogue.root, "Dataset", id).getJsonObject("Dataset")
                    .getString("name");
            String folder = "ids/" + IdsCalls.enc(facility.getString("name")) + "/"
                    + IdsCalls.enc(catalogue.investigationName) + "/N%2FA/" + IdsCalls.enc(dsName) + "/";
            return names.stream().map(n -> folder + n).toList();
        }

        byte[] contentOfEntry(String entryName) {
            for (int i = 0; i < names.size(); i++) {
                if (entryName.endsWith("/" + names.get(i))) {
                    return contents.get(i);
                }
            }
            throw new AssertionError("unexpected entry " + entryName);
        }

        /** Whether getServiceStatus lists this dataset (dataset unit) or any of its datafiles as failed. */
        boolean recordedAsFailed() throws IOException, InterruptedException {
            List<Long> failed = ids.serviceStatus(icat.root).getJsonArray("failures").getValuesAs(JsonNumber.class)
                    .stream().map(JsonNumber::longValue).toList();
            return datasetUnit ? failed.contains(id) : dfIds.stream().anyMatch(failed::contains);
        }

        void assertInMain() throws IOException {
            for (int i = 0; i < locations.size(); i++) {
                Path file = folder.resolve("main").resolve(locations.get(i));
                assertTrue(Files.isRegularFile(file), file + " is in main storage");
                assertArrayEquals(contents.get(i), Files.readAllBytes(file));
            }
        }

        void assertNotInMain() {
            for (String location : locations) {
                assertFalse(Files.exists(folder.resolve("main").resolve(location)), location + " left main storage");
            }
        }

        List<Path> archiveCopies() {
            Path archive = folder.resolve("archive");
            if (datasetUnit) {
                return List.of(archive.resolve(icat.investigationId + "/" + id));
            }
            return locations.stream().map(archive::resolve).toList();
        }

        void assertInArchive() {
            archiveCopies().forEach(copy -> assertTrue(Files.isRegularFile(copy), copy + " is in the archive"));
        }

        void deleteArchiveCopies() throws IOException {
            for (Path copy : archiveCopies()) {
                Files.delete(copy);
            }
        }

        /** Changes one byte of every archived file (inside the dataset zip for the dataset unit). */
        Map<Path, byte[]> corruptArchiveCopies() throws IOException {
            Map<Path, byte[]> originals = new LinkedHashMap<>();
            for (Path copy : archiveCopies()) {
                byte[] original = Files.readAllBytes(copy);
                originals.put(copy, original);
                Files.write(copy, datasetUnit ? corruptZip(original) : flipFirstByte(original));
            }
            return originals;
        }

        private byte[] corruptZip(byte[] zip) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream rewritten = new ZipOutputStream(out)) {
                for (Map.Entry<String, IdsCalls.Entry> entry : IdsCalls.entries(zip).entrySet()) {
                    rewritten.putNextEntry(new ZipEntry(entry.getKey())); // same names, bytes the CRC32 refutes
                    rewritten.write(flipFirstByte(entry.getValue().data()));
                    rewritten.closeEntry();
                }
            }
            return out.toByteArray();
        }
    }

    private static byte[] flipFirstByte(byte[] data) {
        byte[] copy = data.clone();
        copy[0] ^= 0x55;
        return copy;
    }
}
