package org.beamcat.systemtests;

import static org.beamcat.systemtests.IdsCalls.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The single-level /ids as an attacker (or a big cart) calls it: selections of 2,000 and 100,000 datafile ids,
 * malformed and oversized id lists, hostile names in Content-Disposition and put, hostile parameters and
 * headers, wrong methods and media types. Every answer is the contract's: a 2xx, or a 4xx with the JSON
 * error body, never a 500 or a container's HTML page.
 */
@ExtendWith(ArquillianExtension.class)
class IdsHostileInputIT extends DeployedBeamCat {

    private static final Path DATA_ROOT = Path.of(System.getProperty("it.data.root", "/nonexistent"));
    /** The default of beamcat.ids.max-ids-per-request. */
    private static final int MAX_IDS = 100_000;
    private static final byte[] CONTENT = "x\n".getBytes(StandardCharsets.UTF_8);
    /** Big selections take a while to resolve on two shared cores; the point is that they answer. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private static IdsTestCatalogue icat;
    private static List<Long> bulkIds;
    private static long bulkDataset;

    private final IdsCalls ids = new IdsCalls("/ids");

    @AfterAll
    static void removeTheTestInvestigation() throws Exception {
        if (bulkIds != null) {
            try (CatalogueDatabase database = CatalogueDatabase.connect()) {
                // through the catalogue this takes minutes
                database.deleteDatafiles(bulkDataset, bulkIds.get(0), bulkIds.get(bulkIds.size() - 1));
            }
            bulkIds = null;
        }
        if (icat != null) {
            icat.remove();
            icat = null;
        }
    }

    @BeforeEach
    void catalogue() throws Exception {
        if (icat == null) {
            icat = IdsTestCatalogue.create("ids-hostile");
        }
        Http.awaitStatus("/ids/ping", 200, Duration.ofSeconds(60));
    }

    /**
     * 100,000 datafiles of one dataset, all sharing one small file, registered straight in the catalogue's
     * database (through the catalogue's write call they take minutes on a loaded machine).
     */
    private static List<Long> bulk() throws Exception {
        if (bulkIds == null) {
            long dataset = icat.dataset("bulk");
            bulkDataset = dataset;
            String location = icat.investigationName + "/bulk/shared.dat";
            Files.createDirectories(DATA_ROOT.resolve(location).getParent());
            Files.write(DATA_ROOT.resolve(location), CONTENT);
            try (CatalogueDatabase database = CatalogueDatabase.connect()) {
                bulkIds = List.copyOf(database.insertDatafiles(dataset, icat.formatId, MAX_IDS, "f", location,
                        CONTENT.length, Long.toHexString(IdsCalls.crc(CONTENT))));
            }
            assertEquals(MAX_IDS, bulkIds.size());
        }
        return bulkIds;
    }

    @Test
    void prepareDataTakesTwoThousandIds() throws Exception {
        List<Long> twoThousand = bulk().subList(0, 2_000);
        HttpResponse<String> prepared = post("prepareData", Map.of("sessionId", icat.root, "datafileIds",
                join(twoThousand)));
        assertEquals(200, prepared.statusCode(), prepared.body());
        assertEquals(Long.toString(2_000L * CONTENT.length), ids.text("getSize?preparedId=" + prepared.body()));
        // the same list in the URL: within the listener's header limit, a GET works too
        assertEquals(Long.toString(2_000L * CONTENT.length), ids.text("getSize?sessionId=" + icat.root
                + "&datafileIds=" + join(twoThousand)));
    }

    @Test
    void aHundredThousandIdsByPostWorkForEveryCall() throws Exception {
        List<Long> all = bulk();
        Map<String, String> form = Map.of("sessionId", icat.root, "datafileIds", join(all));
        long size = (long) MAX_IDS * CONTENT.length;
        Timings timings = new Timings();

        HttpResponse<String> prepared = timings.time("prepareData", () -> post("prepareData", form));
        assertEquals(200, prepared.statusCode(), prepared.body());
        String preparedId = prepared.body();
        assertEquals(Long.toString(size), ids.text("getSize?preparedId=" + preparedId));
        assertEquals("ONLINE", ids.text("getStatus?preparedId=" + preparedId));
        assertEquals(all, idsOf(Http.json(ids.get("getDatafileIds?preparedId=" + preparedId))));
        assertEquals(MAX_IDS, (int) timings.time("getData by preparedId",
                () -> zipEntries(get("getData?preparedId=" + preparedId))));

        HttpResponse<String> bySize = timings.time("POST getSize", () -> post("getSize", form));
        assertEquals(200, bySize.statusCode(), bySize.body());
        assertEquals(Long.toString(size), bySize.body());
        HttpResponse<String> byStatus = timings.time("POST getStatus", () -> post("getStatus", form));
        assertEquals("ONLINE", byStatus.body(), byStatus.body());
        HttpResponse<String> byIds = timings.time("POST getDatafileIds", () -> post("getDatafileIds", form));
        assertEquals(200, byIds.statusCode(), byIds.body());
        assertEquals(all, idsOf(Http.json(byIds.body())));
        assertEquals(MAX_IDS, (int) timings.time("POST getData", () -> zipEntries(send(form("getData", form)))));
        System.out.println("IDS with 100,000 datafile ids: " + timings);
    }

    /** How long each big call took, printed for the record (no assertion: the machine's load decides). */
    private static final class Timings {
        private final Map<String, Long> millis = new LinkedHashMap<>();

        interface Call<T> {
            T run() throws Exception;
        }

        <T> T time(String name, Call<T> call) throws Exception {
            long start = System.nanoTime();
            T result = call.run();
            millis.put(name, (System.nanoTime() - start) / 1_000_000);
            return result;
        }

        @Override
        public String toString() {
            return millis.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                    .collect(Collectors.joining(", "));
        }
    }

    @Test
    void unknownAndUnreadableIdsInABigListAreTheContractsErrors() throws Exception {
        List<Long> some = new ArrayList<>(bulk().subList(0, 3_000));
        some.add(Long.MAX_VALUE); // no such datafile
        for (String call : new String[] {"prepareData", "getSize", "getStatus", "getDatafileIds"}) {
            expectError(post(call, Map.of("sessionId", icat.root, "datafileIds", join(some))), 404,
                    "NotFoundException");
        }
        // bob is no member of the test investigation: its datafiles are not his to read
        for (String call : new String[] {"prepareData", "getSize", "getStatus", "getDatafileIds"}) {
            expectError(post(call, Map.of("sessionId", icat.bob, "datafileIds", join(bulk().subList(0, 3_000)))),
                    403, "InsufficientPrivilegesException");
        }
    }

    /** The POST forms of the read calls check the caller as their GET forms do: no session, no data. */
    @Test
    void thePostFormsRefuseAnAnonymousOrUnprivilegedCaller() throws Exception {
        String ids = join(bulk().subList(0, 100));
        for (String call : new String[] {"getSize", "getDatafileIds", "getData"}) {
            expectError(post(call, Map.of("datafileIds", ids)), 400, "BadRequestException");
            expectError(post(call, Map.of("sessionId", "not-a-session", "datafileIds", ids)), 400,
                    "BadRequestException");
            expectError(post(call, Map.of("sessionId", icat.bob, "datafileIds", ids)), 403,
                    "InsufficientPrivilegesException");
        }
    }

    @Test
    void malformedAndOversizedIdListsAreBadRequests() throws Exception {
        String tooMany = join(java.util.stream.LongStream.rangeClosed(1, MAX_IDS + 1).boxed().toList());
        List<String> lists = List.of("1,,2", "1,-2", "-1", "99999999999999999999", "1,a", " , ", "1;2", "1,2,",
                "0x10", "1 2", "\u0661", "1\u00002", tooMany);
        for (String list : lists) {
            for (String name : new String[] {"datafileIds", "datasetIds", "investigationIds"}) {
                String shown = list.length() > 40 ? name + " of " + (MAX_IDS + 1) + " ids" : name + "=" + list;
                HttpResponse<String> prepared = post("prepareData", Map.of("sessionId", icat.root, name, list));
                assertEquals(400, prepared.statusCode(), shown + ": " + prepared.body());
                expectError(prepared, 400, "BadRequestException");
                expectError(post("getSize", Map.of("sessionId", icat.root, name, list)), 400, "BadRequestException");
                if (list.length() < 100) {
                    expectError(ids.get("getSize?sessionId=" + icat.root + "&" + name + "=" + enc(list)), 400,
                            "BadRequestException");
                }
            }
        }
    }

    @Test
    void formBodiesBeyondTheBoundAreRefusedBeforeTheyAreReadWhole() throws Exception {
        String huge = "sessionId=" + icat.root + "&datafileIds=" + "1,".repeat(1_500_000) + "1"; // 3 MB
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.BASE.resolve("/ids/prepareData")).timeout(PATIENCE)
                .header("Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<String> withLength = CLIENT.send(request.POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        expectError(withLength, 413, "BadRequestException");
        HttpResponse<String> chunked = CLIENT.send(request.POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.US_ASCII)))).build(),
                HttpResponse.BodyHandlers.ofString());
        expectError(chunked, 413, "BadRequestException");
    }

    @Test
    void contentDispositionCarriesOnlyASafeFileName() throws Exception {
        long dataset = icat.dataset("names");
        String location = icat.investigationName + "/names/file.txt";
        Files.createDirectories(DATA_ROOT.resolve(location).getParent());
        Files.write(DATA_ROOT.resolve(location), CONTENT);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("../../evil0.txt", "attachment; filename=\"evil0.txt\"");
        expected.put("..\\..\\evil1.txt", "attachment; filename=\"evil1.txt\"");
        expected.put("Straße ünï 数据.h5", "attachment; filename=\"Stra_e _n_ __.h5\"; filename*=UTF-8''"
                + "Stra%C3%9Fe%20%C3%BCn%C3%AF%20%E6%95%B0%E6%8D%AE.h5");
        expected.put("a\"b\r\nX-Injected: yes.txt", "attachment; filename=\"abX-Injected: yes.txt\"");
        expected.put("100%.txt", "attachment; filename=\"100_.txt\"; filename*=UTF-8''100%25.txt");
        List<JsonObject> datafiles = new ArrayList<>();
        expected.keySet().forEach(name -> datafiles.add(datafile(dataset, name, location)));
        List<Long> dfIds = DemoCatalogueFixture.ICAT.write(icat.root, datafiles);
        int i = 0;
        for (Map.Entry<String, String> name : expected.entrySet()) {
            HttpResponse<byte[]> single = ids.bytes("getData?sessionId=" + icat.root + "&datafileIds=" + dfIds.get(i++));
            assertEquals(200, single.statusCode(), new String(single.body(), StandardCharsets.UTF_8));
            assertEquals(List.of(name.getValue()), single.headers().allValues("Content-Disposition"), name.getKey());
            assertFalse(single.headers().firstValue("X-Injected").isPresent());
        }
        String some = "&datafileIds=" + dfIds.get(0);
        assertEquals("attachment; filename=\"evil.zip\"", ids.bytes("getData?sessionId=" + icat.root + some
                + "&zip=true&outname=" + enc("../../evil")).headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("attachment; filename=\"passwd\"", ids.bytes("getData?sessionId=" + icat.root + some
                + "&outname=" + enc("/etc/passwd")).headers().firstValue("Content-Disposition").orElse(""));
        String preparedId = post("prepareData", Map.of("sessionId", icat.root, "datasetIds", Long.toString(dataset)))
                .body();
        assertEquals("attachment; filename=\"r_sum_.zip\"; filename*=UTF-8''r%C3%A9sum%C3%A9.zip",
                ids.bytes("getData?preparedId=" + preparedId + "&outname=" + enc("C:\\tmp\\résumé"))
                        .headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void controlCharactersInPutParametersAreBadRequests() throws Exception {
        long dataset = icat.dataset("put-hostile");
        for (String name : new String[] {"nul\u0000.txt", "bell\u0007.txt", "line\nbreak.txt"}) {
            expectError(ids.put("sessionId=" + icat.root + "&name=" + enc(name) + "&datafileFormatId="
                    + icat.formatId + "&datasetId=" + dataset, CONTENT), 400, "BadRequestException");
        }
        expectError(ids.put("sessionId=" + icat.root + "&name=ok.txt&description=" + enc("nul\u0000")
                + "&datafileFormatId=" + icat.formatId + "&datasetId=" + dataset, CONTENT), 400, "BadRequestException");
        expectError(ids.put("sessionId=" + icat.root + "&name=" + "n".repeat(300) + "&datafileFormatId="
                + icat.formatId + "&datasetId=" + dataset, CONTENT), 400, "BadRequestException");
        expectError(ids.put("sessionId=" + icat.root + "&name=ok.txt&datafileCreateTime=" + Long.MAX_VALUE
                + "&datafileFormatId=" + icat.formatId + "&datasetId=" + dataset, CONTENT), 400, "BadRequestException");
        assertEquals(0, DemoCatalogueFixture.ICAT.search(icat.root, "SELECT COUNT(df) FROM Datafile df WHERE"
                + " df.dataset.id = " + dataset).getJsonNumber(0).longValue());
    }

    @Test
    void hostileParametersAndHeadersAreBadRequestsOrNotFound() throws Exception {
        long dfId = bulk().get(0);
        String bySession = "getData?sessionId=" + icat.root + "&datafileIds=" + dfId;
        for (String range : new String[] {"bytes=99999999999999999999-", "bytes=-1", "bytes=1-2", "bytes=1-,3-",
            "items=1-", "bytes=1e3-"}) {
            expectError(ids.get(bySession, "Range", range), 400, "BadRequestException");
        }
        HttpResponse<byte[]> beyond = ids.bytes(bySession, "Range", "bytes=" + Long.MAX_VALUE + "-");
        assertEquals(206, beyond.statusCode());
        assertEquals(0, beyond.body().length);
        for (String preparedId : new String[] {"../../etc/passwd", "%00", "6D3AACA5-DA9F-4E6A-922D-EECEEFCC07E0",
            "6d3aaca5-da9f-4e6a-922d-eceeefcc07e0%0a", "x".repeat(5_000)}) {
            for (String call : new String[] {"getData", "getStatus", "getSize", "getDatafileIds", "isPrepared"}) {
                expectError(ids.get(call + "?preparedId=" + preparedId), 400, "BadRequestException");
            }
        }
        expectError(ids.get("getData?sessionId=%00&datafileIds=" + dfId), 400, "BadRequestException");
        expectError(ids.get("getData?sessionId=" + icat.root + "&datafileIds=" + Long.MAX_VALUE), 404,
                "NotFoundException");
        assertEquals(200, ids.bytes(bySession + "&zip=%00&compress=maybe&outname=%00").statusCode());
    }

    @Test
    void wrongMethodsMediaTypesAndPathsAnswerInJson() throws Exception {
        assertJsonError(Http.get("/ids/prepareData?sessionId=" + icat.root), 405, "BadRequestException");
        assertJsonError(Http.delete("/ids/getData"), 405, "BadRequestException");
        assertJsonError(Http.post("/ids/prepareData", "{\"sessionId\":\"x\"}", "application/json"), 415,
                "BadRequestException");
        assertJsonError(Http.postForm("/ids/restore", Map.of("sessionId", icat.root), "text/plain"), 415,
                "BadRequestException");
        assertJsonError(Http.get("/ids/noSuchCall"), 501, "NOT_IMPLEMENTED");
        // The container refuses these before the application sees them: the domain's plain page.
        DomainErrorPage.assertServed(Http.get("/ids/WEB-INF/web.xml"), 404);
        DomainErrorPage.assertServed(Http.get("/ids/META-INF/MANIFEST.MF"), 404);
    }

    private static void assertJsonError(HttpResponse<String> response, int status, String code) {
        assertFalse(response.body().contains("Payara") || response.body().contains("<html"), response.body());
        expectError(response, status, code);
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent(), response.headers().toString());
    }

    // --- helpers ---

    private static JsonObject datafile(long dataset, String name, String location) {
        return Json.createObjectBuilder().add("Datafile", Json.createObjectBuilder().add("name", name)
                .add("location", location).add("fileSize", CONTENT.length)
                .add("checksum", Long.toHexString(IdsCalls.crc(CONTENT)))
                .add("dataset", IdsTestCatalogue.ref(dataset))
                .add("datafileFormat", IdsTestCatalogue.ref(icat.formatId))).build();
    }

    private static List<Long> idsOf(JsonObject json) {
        return json.getJsonArray("ids").getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpRequest form(String call, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(f -> enc(f.getKey()) + "=" + enc(f.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(Http.BASE.resolve("/ids/" + call)).timeout(PATIENCE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> post(String call, Map<String, String> fields)
            throws IOException, InterruptedException {
        return CLIENT.send(form(call, fields), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<InputStream> get(String callAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(Http.BASE.resolve("/ids/" + callAndQuery)).timeout(PATIENCE).GET().build());
    }

    private static HttpResponse<InputStream> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Counts the entries of a zip answer as it streams in, each holding the shared file's bytes. */
    private static int zipEntries(HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new AssertionError(response.statusCode() + " " + new String(body.readAllBytes(),
                        StandardCharsets.UTF_8));
            }
            int count = 0;
            try (ZipInputStream zip = new ZipInputStream(body)) {
                while (zip.getNextEntry() != null) {
                    assertEquals(new String(CONTENT, StandardCharsets.UTF_8),
                            new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    count++;
                }
                zip.transferTo(java.io.OutputStream.nullOutputStream()); // the central directory: read to the end
            }
            return count;
        }
    }
}
