package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18: {@code GET/POST /icat/port} over HTTP with a small client (multipart written by hand, as the upstream
 * scripts do): export, clear, import, same rows; every duplicate mode; attributes USER and ALL; READ rules on the
 * export; hostile dumps answered with a typed error and the line. And the four REST divergences from ICAT 4.7.
 * Everything the tests import sits under a facility of their own, removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class IcatPortIT extends DeployedBeamCat {

    private static final String TAG = "PORT-" + UUID.randomUUID().toString().substring(0, 8);
    /** The round trip's own facility, so that what the other tests add under TAG does not change its rows. */
    private static final String TRIP = "TRIP-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String BOUNDARY = "beamcat-port-boundary";

    private static String root;

    @BeforeEach
    void demoFacility() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        if (root == null) {
            root = DemoCatalogueFixture.login("root");
        }
    }

    @AfterAll
    static void removeTheTestFacility() throws Exception {
        if (root == null) {
            return;
        }
        for (String query : List.of("SELECT r.id FROM Rule r WHERE r.grouping.name = '" + TAG + "'",
                "SELECT g.id FROM Grouping g WHERE g.name = '" + TAG + "'",
                "SELECT f.id FROM Facility f WHERE f.name = '" + TAG + "'",
                "SELECT f.id FROM Facility f WHERE f.name = '" + TRIP + "'")) {
            String entity = query.contains("Rule") ? "Rule" : query.contains("Grouping") ? "Grouping" : "Facility";
            for (var id : search(root, query)) {
                Http.request("DELETE", "/icat/entityManager?sessionId=" + root + "&entities="
                        + encode("{\"" + entity + "\":{\"id\":" + id + "}}"), null);
            }
        }
    }

    private static String dump() {
        return dump(TAG);
    }

    private static String dump(String facility) {
        return """
                # BeamCat port system test
                1.0

                Facility(name:0, daysUntilRelease:1)
                "TAG", 30

                InvestigationType(facility(name:0), name:1)
                "TAG", "proposal"

                DatasetType(facility(name:0), name:1)
                "TAG", "raw"

                ParameterType(facility(name:0), name:1, units:2, valueType:3, applicableToDataset:4)
                "TAG", "energy", "keV", NUMERIC, true

                Investigation(facility(name:0), name:1, visitId:2, type(facility(name:0), name:3), title:4)
                "TAG", "PT-1", "v1", "proposal", "Port test \\"one\\""
                "TAG", "PT-2", "v1", "proposal", "Port test two"

                Dataset(investigation(facility(name:0), name:1, visitId:2), name:3, type(facility(name:0), name:4), complete:5, description:6)
                "TAG", "PT-1", "v1", "scan1", "raw", true, "first"
                "TAG", "PT-1", "v1", "scan2", "raw", false, "second"

                Datafile(dataset(investigation(facility(name:0), name:1, visitId:2), name:3), name:4, fileSize:5)
                "TAG", "PT-1", "v1", "scan1", "f1.h5", 15
                "TAG", "PT-1", "v1", "scan2", "f2.h5", 17

                DatasetParameter(dataset(investigation(facility(name:0), name:1, visitId:2), name:3), type(facility(name:0), name:4, units:5), numericValue:6)
                "TAG", "PT-1", "v1", "scan1", "energy", "keV", 42.5
                """.replace("TAG", facility);
    }

    @Test
    void exportClearImportGivesTheSameRowsAndEveryDuplicateModeAnswersAsIcat() throws Exception {
        assertEquals(204, importDump(root, dump(TRIP), "THROW", "USER").statusCode());

        HttpResponse<String> export = exportDump(root, "USER");
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals("attachment; filename=\"icat.export\"",
                export.headers().firstValue("Content-Disposition").orElse(""));
        String before = ours(export.body(), TRIP);
        assertEquals(11, before.lines().filter(line -> line.contains(TRIP)).count(), before);

        // clear: the facility and everything below it
        long facility = search(root, "SELECT f.id FROM Facility f WHERE f.name = '" + TRIP + "'").get(0);
        assertEquals(204, Http.request("DELETE", "/icat/entityManager?sessionId=" + root + "&entities="
                + encode("{\"Facility\":{\"id\":" + facility + "}}"), null).statusCode());
        assertEquals(List.of(0L), search(root, "SELECT COUNT(d) FROM Datafile d WHERE "
                + "d.dataset.investigation.facility.name = '" + TRIP + "'"));

        assertEquals(204, importDump(root, before, "THROW", "USER").statusCode());
        assertEquals(before, ours(exportDump(root, "USER").body(), TRIP));
        ensureImported(); // the duplicate modes, on TAG's facility

        HttpResponse<String> thrown = importDump(root, dump(), "THROW", "USER");
        assertError(thrown, 412, "OBJECT_ALREADY_EXISTS", 5);
        assertTrue(Http.json(thrown).getString("message").endsWith(" at line 5"), thrown.body());
        assertEquals(204, importDump(root, dump(), "IGNORE", "USER").statusCode());
        assertEquals(204, importDump(root, dump(), "check", "USER").statusCode());
        String changed = dump().replace("\"scan2\", \"raw\", false, \"second\"", "\"scan2\", \"raw\", false, \"2nd\"");
        HttpResponse<String> checked = importDump(root, changed, "CHECK", "USER");
        assertError(checked, 412, "VALIDATION", 22);
        assertEquals("Duplicate check fails for field description of Dataset at line 22",
                Http.json(checked).getString("message"));
        assertEquals(204, importDump(root, changed, "OVERWRITE", "USER").statusCode());
        assertEquals(List.of("2nd"), searchText(root, "SELECT d.description FROM Dataset d WHERE d.name = 'scan2' "
                + "AND d.investigation.facility.name = '" + TAG + "'"));
        assertEquals(List.of(2L), search(root, "SELECT COUNT(d) FROM Dataset d WHERE "
                + "d.investigation.facility.name = '" + TAG + "'"));
    }

    @Test
    void attributesAllCarriesCreatorsAndTimesAndOnlyRootMayImportThem() throws Exception {
        ensureImported();
        String all = exportDump(root, "ALL").body();
        assertTrue(all.contains("\nFacility(createId:0,createTime:1,modId:2,modTime:3,"), all.substring(0, 400));
        String alice = DemoCatalogueFixture.login("alice");
        HttpResponse<String> refused = importDump(alice, dump(), "IGNORE", "ALL");
        assertError(refused, 403, "INSUFFICIENT_PRIVILEGES", -1);
        assertEquals("Only root users may import with Attributes.ALL", Http.json(refused).getString("message"));

        String forged = """
                1.0
                Keyword(createId:0, createTime:1, modId:2, modTime:3, investigation(facility(name:4), name:5, visitId:6), name:7)
                "db/archivist", 2001-02-03T04:05:06.789Z, "db/archivist", 2001-02-03T04:05:06.789Z, "TAG", "PT-1", "v1", "kept"
                "db/archivist", 2001-02-03T04:05:06.789Z, "db/archivist", 2001-02-03T04:05:06.789Z, "TAG", "PT-2", "v1", "user"
                """.replace("TAG", TAG);
        String[] lines = forged.split("\n");
        assertEquals(204, importDump(root, lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n", "THROW", "ALL")
                .statusCode());
        assertEquals(204, importDump(root, lines[0] + "\n" + lines[1] + "\n" + lines[3] + "\n", "THROW", "USER")
                .statusCode());
        assertEquals(List.of("db/archivist"), searchText(root, "SELECT k.createId FROM Keyword k WHERE k.name = "
                + "'kept' AND k.investigation.facility.name = '" + TAG + "'"));
        assertEquals(List.of("simple/root"), searchText(root, "SELECT k.createId FROM Keyword k WHERE k.name = "
                + "'user' AND k.investigation.facility.name = '" + TAG + "'"));
    }

    @Test
    void importsWithoutASessionOrWithoutCreateRightsAreRefusedAndWriteNothing() throws Exception {
        String refusedFacility = "REFUSED-" + UUID.randomUUID().toString().substring(0, 8);
        String oneFacility = "1.0\n\nFacility(name:0, daysUntilRelease:1)\n\"" + refusedFacility + "\", 30\n";

        HttpResponse<String> noSession = importDump("no-such-session", oneFacility, "THROW", "USER");
        assertEquals(403, noSession.statusCode(), noSession.body());
        assertEquals("SESSION", Http.json(noSession).getString("code"), noSession.body());

        HttpResponse<String> alice = importDump(DemoCatalogueFixture.login("alice"), oneFacility, "THROW", "USER");
        assertEquals(403, alice.statusCode(), alice.body());
        assertEquals("INSUFFICIENT_PRIVILEGES", Http.json(alice).getString("code"), alice.body());

        assertEquals(List.of(), search(root, "SELECT f.id FROM Facility f WHERE f.name = '" + refusedFacility + "'"),
                "a refused import writes nothing");
    }

    @Test
    void anExportHoldsWhatTheCallerMayRead() throws Exception {
        String alice = exportDump(DemoCatalogueFixture.login("alice"), "USER").body();
        String rootDump = exportDump(root, "USER").body();
        assertTrue(rootDump.contains("\"ES-1234\"") && rootDump.contains("\"MA-4321\""));
        assertTrue(alice.startsWith("# ICAT Export file written by simple/alice\n1.0\n"), alice.substring(0, 80));
        assertTrue(alice.contains("\"MA-4321\""), "alice reads her own proposal");
        assertFalse(alice.contains("\"ES-1234\""), "but not bob's");
    }

    @Test
    void anExportWithAQueryHoldsTheResultAndWhatItIncludes() throws Exception {
        ensureImported();
        String query = "SELECT ds FROM Dataset ds WHERE ds.investigation.facility.name = '" + TAG
                + "' INCLUDE ds.investigation, ds.datafiles";
        HttpResponse<String> export = Http.get("/icat/port?json=" + encode(Json.createObjectBuilder()
                .add("sessionId", root).add("query", query).build().toString()));
        assertEquals(200, export.statusCode(), export.body());
        List<String> headers = new ArrayList<>();
        String[] lines = export.body().split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i - 1].isEmpty() && !lines[i].isEmpty()) {
                headers.add(lines[i].substring(0, lines[i].indexOf('(')));
            }
        }
        assertEquals(List.of("Investigation", "Dataset", "Datafile"), headers, export.body());
        assertEquals(13, lines.length, export.body()); // comment, version, three blocks of 1, 2 and 2 rows
        HttpResponse<String> scalars = Http.get("/icat/port?json=" + encode(Json.createObjectBuilder()
                .add("sessionId", root).add("query", "SELECT ds.name FROM Dataset ds").build().toString()));
        assertEquals(204, scalars.statusCode(), scalars.body());
    }

    @Test
    void hostileDumpsAndRequestsGetTypedErrorsWithTheLine() throws Exception {
        assertError(importDump(root, "# nothing\n2.0\n", "THROW", "USER"), 412, "VALIDATION", 2);
        assertError(importDump(root, "1.0\n\nStarship(name:0)\n\"x\"\n", "THROW", "USER"), 400, "BAD_PARAMETER", 3);
        assertError(importDump(root, "1.0\n\nFacility(name:0 daysUntilRelease\n", "THROW", "USER"), 400,
                "BAD_PARAMETER", 3);
        assertError(importDump(root, "1.0\nDatasetType(facility(name:0), name:1)\n\"no " + TAG + "\", \"raw\"\n",
                "THROW", "USER"), 404, "NO_SUCH_OBJECT_FOUND", 3);
        assertError(importDump(root, "1.0\nFacility(name:0)\n\"cut sho", "THROW", "USER"), 400, "BAD_PARAMETER",
                3);
        // a body cut before its closing boundary
        String cut = multipart(root, "1.0\nFacility(name:0)\n", "THROW", "USER");
        HttpResponse<String> truncated = Http.post("/icat/port", cut.substring(0, cut.lastIndexOf("--" + BOUNDARY)),
                "multipart/form-data; boundary=" + BOUNDARY);
        assertEquals(400, truncated.statusCode(), truncated.body());
        assertEquals("BAD_PARAMETER", Http.json(truncated).getString("code"));

        HttpResponse<String> notMultipart = Http.post("/icat/port", "json=x");
        assertError(notMultipart, 400, "BAD_PARAMETER", -1);
        assertEquals("Multipart content expected", Http.json(notMultipart).getString("message"));
        HttpResponse<String> badKey = Http.get("/icat/port?json=" + encode("{\"sessionId\":\"" + root
                + "\",\"colour\":\"red\"}"));
        assertError(badKey, 400, "BAD_PARAMETER", -1);
        assertError(Http.get("/icat/port?json=" + encode("{\"sessionId\":\"nope\"}")), 403, "SESSION", -1);
        assertError(Http.get("/icat/port"), 400, "BAD_PARAMETER", -1);
    }

    @Test
    void theFourDivergencesAnswerAsIcat47() throws Exception {
        ensureImported();
        // 1. INCLUDE with one selected item that is not an entity: ignored
        HttpResponse<String> ids = Http.get("/icat/entityManager?sessionId=" + root + "&query=" + encode(
                "SELECT ds.id FROM Dataset ds WHERE ds.investigation.facility.name = '" + TAG + "' INCLUDE 1"));
        assertEquals(200, ids.statusCode(), ids.body());
        assertEquals(2, Json.createReader(new java.io.StringReader(ids.body())).readArray().size());
        assertError(Http.get("/icat/entityManager?sessionId=" + root + "&query=" + encode(
                "SELECT ds.id, ds.name FROM Dataset ds INCLUDE 1")), 400, "BAD_PARAMETER", -1);

        // 2. entities that are not JSON: offset 0
        assertError(Http.post("/icat/entityManager", "sessionId=" + root + "&entities=rubbish"), 400,
                "BAD_PARAMETER", 0);

        // 3. moving a Dataset with UPDATE but without DELETE rights
        String rules = """
                1.0
                User(name:0)
                "simple/alice"

                Grouping(name:0)
                "TAG"

                UserGroup(grouping(name:0), user(name:1))
                "TAG", "simple/alice"

                Rule(?:0, crudFlags:1, grouping(name:2), what:3)
                "r", "RU", "TAG", "SELECT ds FROM Dataset ds WHERE ds.investigation.facility.name = 'TAG'"
                """.replace("TAG", TAG);
        assertEquals(204, importDump(root, rules, "IGNORE", "USER").statusCode());
        long scan2 = search(root, "SELECT d.id FROM Dataset d WHERE d.name = 'scan2' AND "
                + "d.investigation.facility.name = '" + TAG + "'").get(0);
        long other = search(root, "SELECT i.id FROM Investigation i WHERE i.name = 'PT-2' AND "
                + "i.facility.name = '" + TAG + "'").get(0);
        String alice = DemoCatalogueFixture.login("alice");
        HttpResponse<String> moved = Http.post("/icat/entityManager", "sessionId=" + alice + "&entities=" + encode(
                "{\"Dataset\":{\"id\":" + scan2 + ",\"investigation\":{\"id\":" + other + "}}}"));
        assertEquals(403, moved.statusCode(), moved.body());
        assertEquals("INSUFFICIENT_PRIVILEGES", Http.json(moved).getString("code"));
        assertEquals("DELETE access implied by UPDATE to this Dataset is not allowed.",
                Http.json(moved).getString("message"));

        // 4. IDS getLink: 501 with ids.server's body
        Http.awaitStatus("/ids/ping", 200, Duration.ofSeconds(60));
        HttpResponse<String> link = Http.post("/ids/getLink", "sessionId=" + alice + "&datafileId=1&username=x");
        assertEquals(501, link.statusCode(), link.body());
        assertEquals(Json.createObjectBuilder().add("code", "NotImplementedException")
                .add("message", "Sorry getLink is disabled").build(), Http.json(link));
    }

    private static void ensureImported() throws Exception {
        assertEquals(204, importDump(root, dump(), "IGNORE", "USER").statusCode());
    }

    /** The export's blocks with only the rows of this test's facility. */
    private static String ours(String dump, String tag) {
        List<String> kept = new ArrayList<>();
        boolean header = false;
        for (String line : dump.split("\n", -1)) {
            if (line.isEmpty() || line.equals("1.0") || header || line.contains(tag)) {
                kept.add(line);
            }
            header = line.isEmpty();
        }
        return String.join("\n", kept);
    }

    private static HttpResponse<String> exportDump(String session, String attributes) throws Exception {
        return Http.get("/icat/port?json=" + encode("{\"sessionId\":\"" + session + "\",\"attributes\":\""
                + attributes + "\"}"));
    }

    private static HttpResponse<String> importDump(String session, String dump, String duplicate,
            String attributes) throws Exception {
        return Http.post("/icat/port", multipart(session, dump, duplicate, attributes),
                "multipart/form-data; boundary=" + BOUNDARY);
    }

    private static String multipart(String session, String dump, String duplicate, String attributes) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n"
                + "{\"sessionId\":\"" + session + "\",\"duplicate\":\"" + duplicate + "\",\"attributes\":\""
                + attributes + "\"}\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"icat.port\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + dump + "\r\n--" + BOUNDARY + "--\r\n";
    }

    private static void assertError(HttpResponse<String> response, int status, String code, int offset) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        assertEquals(code, body.getString("code"), response.body());
        assertEquals(offset, body.containsKey("offset") ? body.getInt("offset") : -1, response.body());
    }

    private static List<Long> search(String session, String query) throws Exception {
        JsonArray rows = array(session, query);
        List<Long> values = new ArrayList<>();
        rows.forEach(value -> values.add(((jakarta.json.JsonNumber) value).longValue()));
        return values;
    }

    private static List<String> searchText(String session, String query) throws Exception {
        return array(session, query).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static JsonArray array(String session, String query) throws Exception {
        HttpResponse<String> response = Http.get("/icat/entityManager?sessionId=" + session + "&query="
                + encode(query));
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new java.io.StringReader(response.body())).readArray();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
