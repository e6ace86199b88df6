package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.client.EntityRef;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue end to end over HTTP on PostgreSQL, through icat-client: the demo facility loaded by the
 * demo loader, then searches, gets, INCLUDEs, writes and deletes as root, as the members alice and bob,
 * and as an anonymous user, with the rules the demo installs (members read their investigations).
 */
@ExtendWith(ArquillianExtension.class)
class IcatCatalogueIT {

    private static final IcatClientCalls ICAT = new IcatClientCalls();

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @BeforeEach
    void demoFacility() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
    }

    @Test
    void runsOnTheDatabaseThisPhaseIsFor() throws Exception {
        // test.sh runs this class on PostgreSQL, then again on H2: make sure each phase really is what it says.
        String expected = System.getProperty("it.database", "postgresql").equals("h2") ? "H2" : "PostgreSQL";
        HealthReport report = new HealthReport(Http.json(Http.awaitStatus("/health/ready", 200, java.time.Duration.ofSeconds(30))));
        String product = report.data("icat-server.database", "product");
        assertTrue(product != null && product.startsWith(expected), product + " is not " + expected);
    }

    @Test
    void membersSeeOnlyTheirOwnInvestigations() throws Exception {
        assertEquals(List.of("MA-4321"), ICAT.strings("alice", "SELECT i.name FROM Investigation i"));
        assertEquals(List.of("ES-1234"), ICAT.strings("bob", "SELECT i.name FROM Investigation i"));
        assertEquals(List.of("ES-1234", "MA-4321"),
                ICAT.strings("root", "SELECT i.name FROM Investigation i ORDER BY i.name"));
        assertEquals(3L, ICAT.count("alice", "SELECT COUNT(ds) FROM Dataset ds"));
        assertEquals(1L, ICAT.count("bob", "SELECT COUNT(ds) FROM Dataset ds"));
        assertEquals(6L, ICAT.count("bob", "SELECT COUNT(df) FROM Datafile df"));
    }

    @Test
    void conciseQueriesAndConciseRulesOverHttp() throws Exception {
        assertEquals(1L, ICAT.count("alice", "COUNT(Investigation) <-> InvestigationUser <-> User [name = :user]"));
        assertEquals(List.of("MA-4321"), ICAT.strings("alice", "Investigation.name <-> InvestigationUser "
                + "<-> User [name = :user]"));
        assertEquals(List.of(), ICAT.strings("bob", "Dataset.name <-> Investigation [name = 'MA-4321']"));
        assertEquals(List.of("ES-1234", "MA-4321"), ICAT.strings("root", "Investigation.name ORDER BY name"));
        String root = DemoCatalogueFixture.login("root");
        IcatException badConcise = assertThrows(IcatException.class,
                () -> DemoCatalogueFixture.ICAT.search(root, "Dataset <-> Nonsense [name = 'x']"));
        assertEquals(IcatErrorType.BAD_PARAMETER, badConcise.type());
        IcatException badRule = assertThrows(IcatException.class, () -> DemoCatalogueFixture.ICAT.create(root, "Rule",
                Json.createObjectBuilder().add("crudFlags", "R").add("what", "Dataset <-> Investigation [nme = 'x']")
                        .build()));
        assertEquals(IcatErrorType.BAD_PARAMETER, badRule.type(), "a concise rule that does not compile is refused");
    }

    @Test
    void everyoneReadsReferenceDataButAnonymousSeesNoExperiment() throws Exception {
        String anon = DemoCatalogueFixture.ICAT.login("anon", Map.of());
        // Every instrument root sees (the demo's four, and any a beamline profile test added before this class)
        long instruments = count(DemoCatalogueFixture.login("root"), "SELECT COUNT(i) FROM Instrument i");
        assertTrue(instruments >= 4, "the demo's instruments at least: " + instruments);
        assertEquals(instruments, count(anon, "SELECT COUNT(i) FROM Instrument i"));
        assertEquals(0L, count(anon, "SELECT COUNT(i) FROM Investigation i"));
        assertEquals(Json.createArrayBuilder().build(),
                DemoCatalogueFixture.ICAT.search(anon, "SELECT df FROM Datafile df"));
    }

    @Test
    void includeBringsTheReadableChildren() throws Exception {
        String alice = DemoCatalogueFixture.login("alice");
        JsonArray rows = DemoCatalogueFixture.ICAT.search(alice, "SELECT ds FROM Dataset ds "
                + "WHERE ds.name = 'Ti64_as_built_0001' INCLUDE ds.datafiles, ds.parameters p, p.type, ds.investigation");
        JsonObject dataset = rows.getJsonObject(0).getJsonObject("Dataset");
        assertEquals(5, dataset.getJsonArray("datafiles").size(), dataset.toString());
        assertEquals(5, dataset.getJsonArray("parameters").size(), dataset.toString());
        assertEquals("MA-4321", dataset.getJsonObject("investigation").getString("name"));
        assertTrue(dataset.getJsonArray("parameters").stream().map(p -> p.asJsonObject().getJsonObject("type")
                .getString("name")).anyMatch("Sample_name"::equals), dataset.toString());
        assertTrue(dataset.getString("createTime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)"));
    }

    /**
     * python-icat's icatdump names its JOIN and its INCLUDE variables s1, s2, ... independently; as in ICAT 4.7 the
     * INCLUDE names are a scope of their own (here s4 is a Facility in FROM and the source Datafile in INCLUDE).
     */
    @Test
    void icatdumpQueriesMayReuseJoinNamesInInclude() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        long source = ICAT.id("root", "SELECT MIN(df.id) FROM Datafile df WHERE df.dataset.name = 'Ti64_as_built_0001'");
        long dest = ICAT.id("root",
                "SELECT MIN(df.id) FROM Datafile df WHERE df.dataset.name = 'Ti64_as_built_0001_integrated'");
        long related = DemoCatalogueFixture.ICAT.create(root, "RelatedDatafile", Json.createObjectBuilder()
                .add("sourceDatafile", Json.createObjectBuilder().add("id", source))
                .add("destDatafile", Json.createObjectBuilder().add("id", dest)).add("relation", "derived").build());
        try {
            JsonArray rows = DemoCatalogueFixture.ICAT.search(root, "SELECT o FROM RelatedDatafile o"
                    + " JOIN o.destDatafile AS s1 JOIN s1.dataset AS s2 JOIN s2.investigation AS s3 JOIN s3.facility AS s4"
                    + " JOIN o.sourceDatafile AS s5 JOIN s5.dataset AS s6 JOIN s6.investigation AS s7 JOIN s7.facility AS s8"
                    + " ORDER BY s8.name, s7.name, s7.visitId, s6.name, s5.name, s4.name, s3.name, s3.visitId, s2.name,"
                    + " s1.name INCLUDE o.destDatafile AS s1, s1.dataset AS s2, s2.investigation AS s3, s3.facility,"
                    + " o.sourceDatafile AS s4, s4.dataset AS s5, s5.investigation AS s6, s6.facility");
            JsonObject row = rows.stream().map(r -> r.asJsonObject().getJsonObject("RelatedDatafile"))
                    .filter(r -> r.getJsonNumber("id").longValue() == related).findFirst().orElseThrow();
            JsonObject sourceDataset = row.getJsonObject("sourceDatafile").getJsonObject("dataset");
            assertEquals("Ti64_as_built_0001", sourceDataset.getString("name"), row.toString());
            assertEquals("ESRF", sourceDataset.getJsonObject("investigation").getJsonObject("facility").getString("name"));
            assertEquals("Ti64_as_built_0001_integrated",
                    row.getJsonObject("destDatafile").getJsonObject("dataset").getString("name"));
            // accepted, not BAD_PARAMETER (which icat-client throws as an IcatException); the demo has no jobs
            DemoCatalogueFixture.ICAT.search(root, "SELECT o FROM Job o JOIN o.application AS s1 JOIN s1.facility AS s2"
                    + " ORDER BY s2.name, s1.name, s1.version, o.arguments"
                    + " INCLUDE o.application AS s1, s1.facility, o.inputDataCollection, o.outputDataCollection");
        } finally {
            DemoCatalogueFixture.ICAT.delete(root, List.of(new EntityRef("RelatedDatafile", related)));
        }
    }

    @Test
    void getByIdChecksExistenceThenReadAccess() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        long bobs = ICAT.id("root", "SELECT i.id FROM Investigation i WHERE i.name = 'ES-1234'");
        assertEquals("ES-1234", DemoCatalogueFixture.ICAT.get(root, "Investigation", bobs)
                .getJsonObject("Investigation").getString("name"));
        String alice = DemoCatalogueFixture.login("alice");
        IcatException denied = assertThrows(IcatException.class,
                () -> DemoCatalogueFixture.ICAT.get(alice, "Investigation", bobs));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, denied.type());
        assertEquals("READ access to this Investigation is not allowed.", denied.getMessage());
        IcatException missing = assertThrows(IcatException.class,
                () -> DemoCatalogueFixture.ICAT.get(root, "Investigation", 987_654_321L));
        assertEquals(IcatErrorType.NO_SUCH_OBJECT_FOUND, missing.type());
        assertEquals("Investigation[id:987654321] not found.", missing.getMessage());
    }

    @Test
    void writesNeedRulesAndAreAllOrNothing() throws Exception {
        String alice = DemoCatalogueFixture.login("alice");
        IcatException refused = assertThrows(IcatException.class, () -> DemoCatalogueFixture.ICAT.create(alice,
                "Facility", Json.createObjectBuilder().add("name", "ALICE-FACILITY").build()));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, refused.type());

        String root = DemoCatalogueFixture.login("root");
        IcatException duplicate = assertThrows(IcatException.class, () -> DemoCatalogueFixture.ICAT.write(root, List.of(
                Json.createObjectBuilder().add("Facility", Json.createObjectBuilder().add("name", "ROLLED-BACK")).build(),
                Json.createObjectBuilder().add("Facility", Json.createObjectBuilder().add("name", "ESRF")).build())));
        assertEquals(IcatErrorType.OBJECT_ALREADY_EXISTS, duplicate.type());
        assertEquals(1, duplicate.offset());
        assertEquals(0L, count(root, "SELECT COUNT(f) FROM Facility f WHERE f.name = 'ROLLED-BACK'"),
                "the first element of a failed write is not kept");

        long created = DemoCatalogueFixture.ICAT.create(root, "Facility",
                Json.createObjectBuilder().add("name", "TEMPORARY").build());
        DemoCatalogueFixture.ICAT.delete(root, List.of(new EntityRef("Facility", created)));
        IcatException gone = assertThrows(IcatException.class,
                () -> DemoCatalogueFixture.ICAT.delete(root, List.of(new EntityRef("Facility", created))));
        assertEquals(IcatErrorType.NO_SUCH_OBJECT_FOUND, gone.type());
    }

    @Test
    void badRequestsGetTheContractsErrors() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        IcatException badQuery = assertThrows(IcatException.class,
                () -> DemoCatalogueFixture.ICAT.search(root, "SELECT x FROM Nonsense x"));
        assertEquals(IcatErrorType.BAD_PARAMETER, badQuery.type());
        IcatException hostile = assertThrows(IcatException.class,
                () -> DemoCatalogueFixture.ICAT.search(root, "SELECT f FROM Facility f WHERE f.name = 'x' OR 1=1 --'"));
        assertEquals(IcatErrorType.BAD_PARAMETER, hostile.type());
        IcatException badSession = assertThrows(IcatException.class,
                () -> DemoCatalogueFixture.ICAT.search("00000000-0000-0000-0000-000000000000", "SELECT f FROM Facility f"));
        assertEquals(IcatErrorType.SESSION, badSession.type());

        IcatException badRule = assertThrows(IcatException.class, () -> DemoCatalogueFixture.ICAT.create(root, "Rule",
                Json.createObjectBuilder().add("crudFlags", "R")
                        .add("what", "SELECT x FROM Dataset x JOIN x.investigation member").build()));
        assertEquals(IcatErrorType.BAD_PARAMETER, badRule.type(), "a rule that cannot be parsed is refused, not stored");

        HttpResponse<String> noQuery = Http.get("/icat/entityManager?sessionId=" + root);
        assertEquals(400, noQuery.statusCode());
        assertEquals("query is not set", Http.json(noQuery).getString("message"));
        HttpResponse<String> noEntities = Http.post("/icat/entityManager", "sessionId=" + root);
        assertEquals(400, noEntities.statusCode());
        assertEquals("entities is not set", Http.json(noEntities).getString("message"));
        HttpResponse<String> nonNumericId = Http.get("/icat/entityManager?sessionId=" + root + "&query="
                + URLEncoder.encode("Facility", StandardCharsets.UTF_8) + "&id=abc");
        assertEquals(501, nonNumericId.statusCode(), "as icat.server: a non-numeric query parameter is NOT_IMPLEMENTED");
    }

    @Test
    void validationErrorsCarryTheContractsStatusAndMessage() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        IcatException missingName = assertThrows(IcatException.class, () -> DemoCatalogueFixture.ICAT.create(root,
                "Facility", Json.createObjectBuilder().add("fullName", "no name").build()));
        assertEquals(IcatErrorType.VALIDATION, missingName.type());
        assertEquals("Facility: name cannot be null.", missingName.getMessage());
        HttpResponse<String> raw = Http.post("/icat/entityManager", "sessionId=" + root + "&entities="
                + URLEncoder.encode("{\"Facility\":{\"name\":\"" + "x".repeat(256) + "\"}}", StandardCharsets.UTF_8));
        assertEquals(412, raw.statusCode(), raw.body());
        assertEquals("VALIDATION", Http.json(raw).getString("code"));
    }

    @Test
    void freeTextCallsAreCheckedAndIndexMaintenanceIsRootOnly() throws Exception {
        // What the search finds is IcatLucene47IT's subject; here only the call's shape.
        String alice = DemoCatalogueFixture.login("alice");
        String query = URLEncoder.encode("{\"target\":\"Dataset\",\"text\":\"titanium\"}", StandardCharsets.UTF_8);
        HttpResponse<String> found = Http.get("/icat/lucene/data?sessionId=" + alice + "&maxCount=300&query=" + query);
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().startsWith("["), found.body());
        HttpResponse<String> badTarget = Http.get("/icat/lucene/data?sessionId=" + alice + "&query="
                + URLEncoder.encode("{\"target\":\"Shift\"}", StandardCharsets.UTF_8));
        assertEquals(400, badTarget.statusCode(), badTarget.body());
        assertEquals(403, Http.get("/icat/lucene/db?sessionId=" + alice).statusCode());
        HttpResponse<String> populating = Http.get("/icat/lucene/db?sessionId=" + DemoCatalogueFixture.login("root"));
        assertEquals(200, populating.statusCode(), populating.body());
        assertTrue(populating.body().startsWith("["), populating.body());
    }

    /**
     * The contract puts a delete's entity list, and every search, in the URL: a delete of 600 entities
     * (a URL of about 25 KB) works in one call, and a search as long over the JDK client's default h2c leaves
     * its connection answering (Payara's 4 KiB header list used to reset the stream and then answer 431).
     */
    @Test
    void longUrlsFitAndLeaveTheConnectionWorking() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        List<String> names = new java.util.ArrayList<>();
        List<JsonObject> groupings = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            names.add("'long-url-grouping-" + i + "'");
            groupings.add(Json.createObjectBuilder().add("Grouping",
                    Json.createObjectBuilder().add("name", "long-url-grouping-" + i)).build());
        }
        List<Long> ids = DemoCatalogueFixture.ICAT.write(root, groupings);
        String inList = "SELECT COUNT(g) FROM Grouping g WHERE g.name IN (" + String.join(", ", names) + ")";

        HttpResponse<String> longSearch = Http.get("/icat/entityManager?sessionId=" + root + "&query="
                + URLEncoder.encode(inList, StandardCharsets.UTF_8));
        assertEquals(200, longSearch.statusCode(), longSearch.body());
        assertEquals("[600]", longSearch.body().replace(" ", ""));
        assertEquals(200, Http.get("/icat/version").statusCode(), "the same connection still answers");

        DemoCatalogueFixture.ICAT.delete(root, ids.stream().map(id -> new EntityRef("Grouping", id)).toList());
        assertEquals(0L, count(root, inList), "all 600 deleted in one call");
    }

    @Test
    void loadingTheDemoAgainChangesNothing() throws Exception {
        long before = ICAT.count("root", "SELECT COUNT(df) FROM Datafile df");
        assertEquals(0, DemoCatalogueFixture.runLoader());
        assertEquals(before, ICAT.count("root", "SELECT COUNT(df) FROM Datafile df"));
    }

    private static long count(String sessionId, String query) throws IcatException {
        return DemoCatalogueFixture.ICAT.search(sessionId, query).getJsonNumber(0).longValue();
    }
}
