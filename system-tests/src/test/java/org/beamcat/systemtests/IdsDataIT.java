package org.beamcat.systemtests;

import static org.beamcat.systemtests.IdsCalls.exactlyOneOfLengthOrChunked;
import static org.beamcat.systemtests.IdsCalls.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IDS end to end over HTTP on the single-level test domain: the demo facility's real files downloaded
 * through the catalogue's access rules (alice reads MA-4321, bob does not), zips checked entry by entry
 * against the files under the data root, Range resumes, sizes, status, ids, errors, put and delete.
 */
@ExtendWith(ArquillianExtension.class)
class IdsDataIT extends DeployedBeamCat {

    private static final IdsCalls IDS = new IdsCalls("/ids");
    private static final Path DATA_ROOT = Path.of(System.getProperty("it.data.root", "/nonexistent"));

    private String root;
    private String alice;
    private String bob;
    private JsonObject dataset; // alice's Ti64_as_built_0001 with investigation and facility
    private List<JsonObject> datafiles; // its datafiles, by id

    @BeforeEach
    void demoFacility() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Http.awaitStatus("/ids/ping", 200, Duration.ofSeconds(30));
        root = DemoCatalogueFixture.login("root");
        alice = DemoCatalogueFixture.login("alice");
        bob = DemoCatalogueFixture.login("bob");
        dataset = DemoCatalogueFixture.ICAT.search(root, "SELECT ds FROM Dataset ds WHERE ds.name = 'Ti64_as_built_0001'"
                + " AND ds.investigation.name = 'MA-4321' INCLUDE ds.investigation inv, inv.facility")
                .getJsonObject(0).getJsonObject("Dataset");
        datafiles = DemoCatalogueFixture.ICAT.search(root, "SELECT df FROM Datafile df WHERE df.dataset.id = "
                + dsId() + " AND df.location IS NOT NULL ORDER BY df.id").stream()
                .map(row -> row.asJsonObject().getJsonObject("Datafile")).toList();
        assertEquals(5, datafiles.size(), datafiles.toString());
    }

    @Test
    void aliceDownloadsHerDatasetAsAZipBySessionAndByPreparedId() throws Exception {
        HttpResponse<byte[]> bySession = get("/ids/getData?sessionId=" + alice + "&datasetIds=" + dsId());
        assertEquals(200, bySession.statusCode(), text(bySession));
        assertEquals("bytes", bySession.headers().firstValue("Accept-Ranges").orElse(""));
        assertTrue(bySession.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; filename=\"\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d\\.zip\""),
                bySession.headers().toString());
        exactlyOneOfLengthOrChunked(bySession);
        assertEquals(expectedEntries(), entries(bySession.body()));

        HttpResponse<String> prepared = Http.postForm("/ids/prepareData",
                Map.of("sessionId", alice, "datasetIds", Long.toString(dsId())));
        assertEquals(200, prepared.statusCode(), prepared.body());
        String preparedId = prepared.body();
        assertTrue(preparedId.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), preparedId);
        assertEquals("true", Http.get("/ids/isPrepared?preparedId=" + preparedId + "&zip=true").body());

        HttpResponse<byte[]> byPreparedId = get("/ids/getData?preparedId=" + preparedId + "&outname=mydata");
        assertEquals(200, byPreparedId.statusCode(), text(byPreparedId));
        assertEquals("attachment; filename=\"mydata.zip\"",
                byPreparedId.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(bySession.body(), byPreparedId.body(), "the same request gives a byte-identical zip");

        HttpResponse<byte[]> resumed = get("/ids/getData?preparedId=" + preparedId, "Range", "bytes=1000-");
        assertEquals(206, resumed.statusCode(), text(resumed));
        assertFalse(resumed.headers().firstValue("Content-Range").isPresent());
        assertArrayEquals(Arrays.copyOfRange(bySession.body(), 1000, bySession.body().length), resumed.body());
    }

    @Test
    void aSingleFileComesUnzippedWithItsLengthAndResumesWithRange() throws Exception {
        JsonObject df = datafiles.get(0);
        byte[] file = Files.readAllBytes(DATA_ROOT.resolve(df.getString("location")));
        HttpResponse<byte[]> whole = get("/ids/getData?sessionId=" + alice + "&datafileIds=" + df.getJsonNumber("id"));
        assertEquals(200, whole.statusCode(), text(whole));
        assertEquals(Long.toString(file.length), whole.headers().firstValue("Content-Length").orElse(""));
        assertEquals("attachment; filename=\"" + df.getString("name") + "\"",
                whole.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(file, whole.body());

        int offset = file.length / 3;
        HttpResponse<byte[]> tail = get("/ids/getData?sessionId=" + alice + "&datafileIds=" + df.getJsonNumber("id")
                + "&outname=part.bin", "Range", "bytes=" + offset + "-");
        assertEquals(206, tail.statusCode(), text(tail));
        assertEquals(Long.toString(file.length - offset), tail.headers().firstValue("Content-Length").orElse(""));
        assertEquals("attachment; filename=\"part.bin\"", tail.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(file, offset, file.length), tail.body());

        HttpResponse<byte[]> zipped = get("/ids/getData?sessionId=" + alice + "&datafileIds=" + df.getJsonNumber("id")
                + "&zip=TRUE");
        assertEquals(1, entries(zipped.body()).size(), "zip=TRUE (any case) zips a single file");
    }

    @Test
    void sizeStatusAndDatafileIdsDescribeTheSelection() throws Exception {
        long total = datafiles.stream().mapToLong(df -> df.getJsonNumber("fileSize").longValue()).sum();
        assertEquals(Long.toString(total), Http.get("/ids/getSize?sessionId=" + alice + "&datasetIds=" + dsId()).body());
        assertEquals("ONLINE", Http.get("/ids/getStatus?sessionId=" + alice + "&datasetIds=" + dsId()).body());
        assertEquals("ONLINE", Http.get("/ids/getStatus?datasetIds=" + dsId()).body(),
                "without a sessionId the reader account is used");
        JsonArray expectedIds = Json.createArrayBuilder(datafiles.stream().map(df -> df.getJsonNumber("id")
                .longValue()).toList()).build();
        JsonArray ofInvestigation = Http.json(Http.get("/ids/getDatafileIds?sessionId=" + alice
                + "&investigationIds=" + invId() + "&datasetIds=" + dsId())).getJsonArray("ids");
        assertTrue(ofInvestigation.containsAll(expectedIds) && ofInvestigation.size() > expectedIds.size(),
                ofInvestigation.toString());
        assertEquals(Json.createObjectBuilder().add("ids", expectedIds).build(),
                Http.json(Http.get("/ids/getDatafileIds?sessionId=" + alice + "&datasetIds=" + dsId())));

        String preparedId = Http.postForm("/ids/prepareData", Map.of("sessionId", alice, "datafileIds",
                expectedIds.stream().map(JsonValue::toString).collect(Collectors.joining(" , ")), "compress", "true"))
                .body();
        assertEquals(Json.createObjectBuilder().add("zip", true).add("compress", true).add("ids", expectedIds).build(),
                Http.json(Http.get("/ids/getDatafileIds?preparedId=" + preparedId)));
        assertEquals(Long.toString(total), Http.get("/ids/getSize?preparedId=" + preparedId).body());
        assertEquals("ONLINE", Http.get("/ids/getStatus?preparedId=" + preparedId).body());
        HttpResponse<byte[]> compressed = get("/ids/getData?preparedId=" + preparedId);
        assertEquals(expectedEntries(), entries(compressed.body()), "compressed entries hold the same bytes");

        HttpResponse<String> reset = Http.postForm("/ids/reset", Map.of("preparedId", preparedId));
        assertEquals(204, reset.statusCode(), reset.body());
        assertEquals("", reset.body());
    }

    @Test
    void bobIsRefusedAlicesData() throws Exception {
        for (String call : new String[] {"getData", "getSize", "getStatus", "getDatafileIds"}) {
            expectError(Http.get("/ids/" + call + "?sessionId=" + bob + "&datasetIds=" + dsId()), 403,
                    "InsufficientPrivilegesException");
            expectError(Http.get("/ids/" + call + "?sessionId=" + bob + "&datafileIds="
                    + datafiles.get(0).getJsonNumber("id")), 403, "InsufficientPrivilegesException");
            expectError(Http.get("/ids/" + call + "?sessionId=" + bob + "&investigationIds=" + invId()), 403,
                    "InsufficientPrivilegesException");
        }
        expectError(Http.postForm("/ids/prepareData", Map.of("sessionId", bob, "datasetIds", Long.toString(dsId()))),
                403, "InsufficientPrivilegesException");
        expectError(Http.get("/ids/getData?sessionId=00000000-0000-0000-0000-000000000000&datasetIds=" + dsId()), 403,
                "InsufficientPrivilegesException");
        expectError(Http.get("/ids/getStatus?sessionId=" + alice + "&datasetIds=987654321"), 404, "NotFoundException");
        expectError(Http.get("/ids/getData?sessionId=" + alice + "&datafileIds=987654321"), 404, "NotFoundException");
    }

    @Test
    void badParametersAreBadRequestsAndUnknownPreparedIdsAreNotFound() throws Exception {
        JsonObject badUuid = expectError(Http.get("/ids/getData?sessionId=ABC&datasetIds=1"), 400, "BadRequestException");
        assertEquals("The sessionId parameter 'ABC' is not a valid UUID", badUuid.getString("message"));
        expectError(Http.get("/ids/isPrepared?preparedId=" + alice.toUpperCase()), 400, "BadRequestException");
        JsonObject badList = expectError(Http.get("/ids/getSize?sessionId=" + alice + "&datasetIds=1,,2"), 400,
                "BadRequestException");
        assertEquals("The datasetIds parameter '1,,2' is not a valid string representation of a comma separated"
                + " list of longs", badList.getString("message"));
        expectError(Http.get("/ids/getData?sessionId=" + alice + "&datasetIds=" + dsId(), "Range", "bytes=-10"), 400,
                "BadRequestException");
        String unknown = "6d3aaca5-da9f-4e6a-922d-eceeefcc07e0";
        for (String call : new String[] {"isPrepared", "getData", "getStatus", "getSize", "getDatafileIds"}) {
            expectError(Http.get("/ids/" + call + "?preparedId=" + unknown), 404, "NotFoundException");
        }
    }

    @Test
    void putThenGetThenDeleteRoundTrips() throws Exception {
        long formatId = DemoCatalogueFixture.ICAT.search(root, "SELECT f.id FROM DatafileFormat f ORDER BY f.id")
                .getJsonNumber(0).longValue();
        byte[] content = ("IDS put round trip " + System.nanoTime() + "\n").repeat(1000).getBytes(StandardCharsets.UTF_8);
        String query = "sessionId=" + root + "&name=" + URLEncoder.encode("ids-it/put.txt", StandardCharsets.UTF_8)
                + "&datafileFormatId=" + formatId + "&datasetId=" + dsId() + "&description=by+IdsDataIT"
                + "&datafileCreateTime=1700000000000";
        HttpResponse<String> refused = put("/ids/put?" + query.replace(root, bob), content);
        assertEquals(403, refused.statusCode(), refused.body());

        HttpResponse<String> created = put("/ids/put?" + query, content);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject json = Http.json(created);
        CRC32 crc = new CRC32();
        crc.update(content);
        assertEquals(crc.getValue(), json.getJsonNumber("checksum").longValue());
        assertEquals(content.length, json.getJsonNumber("size").longValue());
        Path stored = DATA_ROOT.resolve(json.getString("location"));
        assertArrayEquals(content, Files.readAllBytes(stored));
        long id = json.getJsonNumber("id").longValue();
        JsonObject registered = DemoCatalogueFixture.ICAT.get(root, "Datafile", id).getJsonObject("Datafile");
        assertEquals(Long.toHexString(crc.getValue()), registered.getString("checksum"));
        assertEquals(json.getString("location"), registered.getString("location"));
        assertEquals(content.length, registered.getJsonNumber("fileSize").longValue());

        HttpResponse<byte[]> back = get("/ids/getData?sessionId=" + alice + "&datafileIds=" + id);
        assertEquals(200, back.statusCode(), text(back));
        assertArrayEquals(content, back.body());
        assertEquals("attachment; filename=\"put.txt\"", back.headers().firstValue("Content-Disposition").get());

        HttpResponse<String> deleted = Http.delete("/ids/delete?sessionId=" + root + "&datafileIds=" + id);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals("", deleted.body());
        assertFalse(Files.exists(stored), "the file is removed from main storage");
        expectError(Http.get("/ids/getStatus?sessionId=" + root + "&datafileIds=" + id), 404, "NotFoundException");
        assertEquals(5, DemoCatalogueFixture.ICAT.search(root, "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = "
                + dsId()).getJsonNumber(0).longValue());
    }

    @Test
    void singleLevelRefusesArchiveRestoreAndWriteAndRootSeesTheServiceStatus() throws Exception {
        for (String call : new String[] {"archive", "restore", "write"}) {
            expectError(Http.postForm("/ids/" + call, Map.of("sessionId", alice, "datasetIds", Long.toString(dsId()))),
                    501, "NotImplementedException");
        }
        HttpResponse<String> status = Http.get("/ids/getServiceStatus?sessionId=" + root);
        assertEquals(200, status.statusCode(), status.body());
        JsonObject json = Http.json(status);
        assertEquals(0, json.getJsonArray("opsQueue").size(), json.toString());
        assertTrue(json.containsKey("lockCount") && json.containsKey("locks") && json.containsKey("failures"));
        expectError(Http.get("/ids/getServiceStatus?sessionId=" + alice), 403, "InsufficientPrivilegesException");
    }

    // --- helpers ---

    private long dsId() {
        return dataset.getJsonNumber("id").longValue();
    }

    private long invId() {
        return dataset.getJsonObject("investigation").getJsonNumber("id").longValue();
    }

    /** Entry name → bytes the default zip layout must hold for the dataset. */
    private Map<String, List<Byte>> expectedEntries() throws IOException {
        JsonObject inv = dataset.getJsonObject("investigation");
        String folder = "ids/" + enc(inv.getJsonObject("facility").getString("name")) + "/" + enc(inv.getString("name"))
                + "/" + enc(inv.getString("visitId")) + "/" + enc(dataset.getString("name")) + "/";
        Map<String, List<Byte>> expected = new TreeMap<>();
        for (JsonObject df : datafiles) {
            expected.put(folder + df.getString("name"), bytes(Files.readAllBytes(DATA_ROOT.resolve(df.getString("location")))));
        }
        return expected;
    }

    private static Map<String, List<Byte>> entries(byte[] zip) throws IOException {
        Map<String, List<Byte>> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), bytes(in.readAllBytes()));
            }
        }
        return entries;
    }

    private static List<Byte> bytes(byte[] data) {
        Byte[] boxed = new Byte[data.length];
        for (int i = 0; i < data.length; i++) {
            boxed[i] = data[i];
        }
        return Arrays.asList(boxed);
    }

    private static String enc(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return IDS.bytes(path.substring("/ids/".length()), headers);
    }

    private static HttpResponse<String> put(String path, byte[] body) throws IOException, InterruptedException {
        return IDS.put(path.substring("/ids/put?".length()), body);
    }

    private static String text(HttpResponse<byte[]> response) {
        return response.statusCode() == 200 || response.statusCode() == 206 ? "" : new String(response.body(),
                StandardCharsets.UTF_8);
    }
}
