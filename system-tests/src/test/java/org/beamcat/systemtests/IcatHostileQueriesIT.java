package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue under hostile queries, as an attacker sends them over HTTP (issue 14, item 3): each answer is the
 * ICAT error contract or a result, never a 500, a stack trace or SQL, and within the search time limit that
 * test.sh sets ({@code beamcat.icat.max-search-seconds=5}). The hand-written cases are the reproductions;
 * the corpus is generated from a fixed seed and run as root, as alice and as anon.
 */
@ExtendWith(ArquillianExtension.class)
class IcatHostileQueriesIT {

    /** test.sh's beamcat.icat.max-search-seconds. */
    private static final Duration SEARCH_LIMIT = Duration.ofSeconds(5);
    /** Time over the limit an answer may take: HTTP, JSON and a loaded 2-core machine. */
    private static final Duration MARGIN = Duration.ofSeconds(4);
    private static final long SEED = 14L;
    private static final Set<String> CONTRACT_CODES = Set.of("BAD_PARAMETER", "INSUFFICIENT_PRIVILEGES", "SESSION",
            "NO_SUCH_OBJECT_FOUND", "OBJECT_ALREADY_EXISTS", "VALIDATION", "NOT_IMPLEMENTED");
    /** What a body must never show: stack traces, SQL, the database's or the server's own words. */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at java.", "SQL statement",
            "Call: ", "Error Code:", "org.postgresql", "org.h2", "eclipse", "Payara", "GlassFish", "<html",
            "ERROR: ");

    /**
     * configure-http.sh's request-header limit (BEAMCAT_HTTP_HEADER_BYTES, default 64 KiB). Grizzly refuses a
     * request line over it with an empty 400 and closes the connection without reading the rest of the request,
     * so the kernel may reset the connection before the 400 reaches the client: over the limit, "no answer" is
     * the server's refusal too, not a broken contract.
     */
    private static final int HEADER_LIMIT_BYTES = 65_536;

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Ten Datafile variables: a cross product far too big to count on the demo data within the limit. */
    private static final String CROSS_PRODUCT = "SELECT COUNT(a) FROM Datafile a, Datafile b, Datafile c, Datafile d,"
            + " Datafile e, Datafile f, Datafile g, Datafile h, Datafile i, Datafile j";

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @BeforeEach
    void demoFacility() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
    }

    @Test
    void nulInAQueryLiteralIsABadParameter() throws Exception {
        for (String user : List.of("root", "alice")) {
            HttpResponse<String> answer = search(DemoCatalogueFixture.login(user),
                    "SELECT d FROM Dataset d WHERE d.name = 'a\u0000b'");
            assertError(answer, 400, "BAD_PARAMETER");
            assertTrue(Http.json(answer).getString("message").contains("NUL"), answer.body());
        }
    }

    @Test
    void nulInWrittenTextLoginsAndSessionIdsIsABadParameter() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        HttpResponse<String> write = Http.postForm("/icat/entityManager", Map.of("sessionId", root,
                "entities", "{\"Facility\":{\"name\":\"nul\\u0000facility\"}}"));
        assertError(write, 400, "BAD_PARAMETER");
        HttpResponse<String> login = Http.postForm("/icat/session", Map.of("json",
                "{\"plugin\":\"db\",\"credentials\":[{\"username\":\"a\\u0000\"},{\"password\":\"x\"}]}"));
        assertError(login, 400, "BAD_PARAMETER");
        HttpResponse<String> session = search("a\u0000b", "SELECT f FROM Facility f");
        assertError(session, 400, "BAD_PARAMETER");
        // In a path, Grizzly refuses NUL itself (an empty 400) before any application sees it.
        for (String path : List.of("/icat/session/a%00b", "/icat/user/db/a%00b")) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(path)).GET());
            assertEquals(400, refused.statusCode(), refused.body());
            assertNoLeak(refused);
        }
        HttpResponse<String> huge = Http.postForm("/icat/entityManager", Map.of("sessionId", root,
                "entities", "{\"DatasetParameter\":{\"numericValue\":1e400}}"));
        assertNoServerError(huge);
    }

    @Test
    void divisionByZeroAndOverflowAreBadParameters() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        for (String query : List.of("SELECT d.id FROM Dataset d WHERE d.id / 0 = 1",
                "SELECT d.id FROM Dataset d WHERE d.id * 9223372036854775807 * 9223372036854775807 > 0")) {
            HttpResponse<String> answer = search(root, query);
            assertError(answer, 400, "BAD_PARAMETER");
            assertTrue(Http.json(answer).getString("message").startsWith("The database refused the query"),
                    answer.body());
        }
    }

    @Test
    void hundredsOfJoinsAreRefusedNamingTheLimit() throws Exception {
        StringBuilder query = new StringBuilder("SELECT d FROM Dataset d");
        String previous = "d";
        for (int i = 0; i < 300; i++) {
            query.append(i % 2 == 0 ? " JOIN " + previous + ".investigation v" + i
                    : " JOIN " + previous + ".datasets v" + i);
            previous = "v" + i;
        }
        for (String user : List.of("root", "alice")) {
            long start = System.nanoTime();
            HttpResponse<String> answer = search(DemoCatalogueFixture.login(user), query.toString());
            assertError(answer, 400, "BAD_PARAMETER");
            assertTrue(Http.json(answer).getString("message").contains("beamcat.icat.query.max-variables"),
                    answer.body());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0,
                    "refused before any database work");
        }
    }

    /** The query runs out of time; the statement is cancelled in PostgreSQL too, not left running. */
    @Test
    void aQueryOverTheTimeLimitIsCancelledInTheDatabase() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        long start = System.nanoTime();
        HttpResponse<String> answer = search(root, CROSS_PRODUCT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertError(answer, 400, "BAD_PARAMETER");
        assertTrue(Http.json(answer).getString("message").contains("beamcat.icat.max-search-seconds"), answer.body());
        assertTrue(took.compareTo(SEARCH_LIMIT.minusMillis(500)) >= 0, "cancelled at the limit, not before: " + took);
        assertTrue(took.compareTo(SEARCH_LIMIT.plus(MARGIN)) < 0, "answered within the limit: " + took);
        assertNoBackendStillRuns("Datafile");
    }

    /**
     * The case: a burst of expensive queries (34 of them made logins take 9 s). Logins go on answering at
     * once while the burst runs, since searches may hold only some of the database connections.
     */
    @Test
    void loginsStayFastDuringABurstOfExpensiveQueries() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<Long>> burst = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                burst.add(pool.submit(() -> {
                    assertNoServerError(search(root, CROSS_PRODUCT));
                    return System.nanoTime();
                }));
            }
            Thread.sleep(1_000);
            long loginStart = System.nanoTime();
            String alice = DemoCatalogueFixture.login("alice");
            long loginEnd = System.nanoTime();
            HttpResponse<String> aliceSearch = search(alice, "SELECT i.name FROM Investigation i");
            long searchEnd = System.nanoTime();
            long firstBurstAnswer = Long.MAX_VALUE;
            for (Future<Long> answer : burst) {
                firstBurstAnswer = Math.min(firstBurstAnswer, answer.get());
            }
            assertTrue(Duration.ofNanos(loginEnd - loginStart).compareTo(Duration.ofSeconds(3)) < 0,
                    "login took " + Duration.ofNanos(loginEnd - loginStart));
            assertTrue(loginEnd < firstBurstAnswer, "the login answered while the burst was still running");
            assertEquals(200, aliceSearch.statusCode(), aliceSearch.body());
            assertTrue(Duration.ofNanos(searchEnd - loginEnd).compareTo(SEARCH_LIMIT.plus(MARGIN)) < 0,
                    "a cheap search during the burst answers within the limit");
        } finally {
            pool.shutdownNow();
        }
        assertNoBackendStillRuns("Datafile");
    }

    @Test
    void theIcatApplicationsOwnRefusalsAnswerTheContract() throws Exception {
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/icat/version"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("x")));
        assertError(wrongMethod, 405, "BAD_PARAMETER");
        HttpResponse<String> wrongType = send(HttpRequest.newBuilder(uri("/icat/session"))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("<x/>")));
        assertError(wrongType, 415, "BAD_PARAMETER");
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/icat/no/such/call")).GET());
        assertError(unknown, 501, "NOT_IMPLEMENTED");
        HttpResponse<String> badForm = send(HttpRequest.newBuilder(uri("/icat/session"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("json=%zz%")));
        assertNoServerError(badForm);
        HttpResponse<String> badJson = Http.postForm("/icat/session", Map.of("json", "{\"plugin\":"));
        assertError(badJson, 400, "BAD_PARAMETER");
    }

    /** Outside every application: the domain answers its own plain page, never Payara's page with its version. */
    @Test
    void noPayaraErrorPageOutsideTheApplications() throws Exception {
        List<HttpRequest.Builder> requests = List.of(
                HttpRequest.newBuilder(uri("/nonexistent")).GET(),
                HttpRequest.newBuilder(uri("/")).GET(),
                HttpRequest.newBuilder(uri("/nonexistent")).method("PATCH", HttpRequest.BodyPublishers.ofString("x")),
                HttpRequest.newBuilder(uri("/")).header("Content-Type", "application/x-nonsense")
                        .POST(HttpRequest.BodyPublishers.ofString("x")),
                HttpRequest.newBuilder(uri("/icat/entityManager?query=" + "x".repeat(70_000))).GET());
        for (HttpRequest.Builder request : requests) {
            HttpResponse<String> answer = send(request);
            assertNotPayara(answer);
            assertTrue(answer.body().isEmpty() || answer.body().contains("BeamCat")
                    || answer.body().contains("Request not served"), answer.statusCode() + " " + answer.body());
        }
    }

    @Test
    void aGeneratedCorpusOfHostileQueriesNeverGetsA500() throws Exception {
        List<String> corpus = new HostileQueries(SEED).generate(1_200);
        assertTrue(corpus.size() >= 1_000, "corpus size " + corpus.size());
        Map<String, String> sessions = Map.of("root", DemoCatalogueFixture.login("root"),
                "alice", DemoCatalogueFixture.login("alice"),
                "anon", DemoCatalogueFixture.ICAT.login("anon", Map.of()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String query : corpus) {
            for (Map.Entry<String, String> session : sessions.entrySet()) {
                outcomes.add(pool.submit(() -> problem(session.getKey(), session.getValue(), query)));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            String problem = outcome.get();
            if (problem != null) {
                problems.add(problem);
            }
        }
        pool.shutdown();
        assertTrue(problems.isEmpty(), problems.size() + " of " + outcomes.size() + " answers broke the contract:\n"
                + String.join("\n", problems));
    }

    /** Null when the answer keeps the contract; otherwise what was wrong, with the user and the query. */
    private static String problem(String user, String sessionId, String query) {
        try {
            long start = System.nanoTime();
            HttpResponse<String> answer = search(sessionId, query);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String what = user + " " + answer.statusCode() + " in " + took.toMillis() + " ms: "
                    + shorten(query) + " -> " + shorten(answer.body());
            if (took.compareTo(SEARCH_LIMIT.plus(MARGIN)) >= 0) {
                return "too slow, " + what;
            }
            if (answer.statusCode() >= 500 && answer.statusCode() != 501) {
                return what;
            }
            for (String leak : LEAKS) {
                if (answer.body().contains(leak)) {
                    return "leaks '" + leak.strip() + "', " + what;
                }
            }
            if (answer.statusCode() != 200) {
                String type = answer.headers().firstValue("Content-Type").orElse("");
                if (type.startsWith("application/json")) {
                    String code = Http.json(answer).getString("code", "");
                    if (!CONTRACT_CODES.contains(code)) {
                        return "code " + code + ", " + what;
                    }
                } else if (answer.statusCode() != 400 && answer.statusCode() != 414) {
                    // Only the HTTP front door (a URL over its limit) may answer without the JSON body.
                    return "not the JSON contract, " + what;
                }
            }
            return null;
        } catch (IOException e) {
            if (searchUri(sessionId, query).toString().length() > HEADER_LIMIT_BYTES) {
                return null; // refused at the front door, see HEADER_LIMIT_BYTES
            }
            return user + ": " + e + " for " + shorten(query);
        } catch (Exception e) {
            return user + ": " + e + " for " + shorten(query);
        }
    }

    private static void assertNoBackendStillRuns(String tableWord) throws Exception {
        assumeTrue(System.getProperty("it.pg.url") != null, "PostgreSQL only");
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        int running;
        do {
            try (Connection db = DriverManager.getConnection(System.getProperty("it.pg.url"),
                    System.getProperty("it.pg.user"), System.getProperty("it.pg.password"));
                    PreparedStatement statement = db.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity "
                            + "WHERE state = 'active' AND pid <> pg_backend_pid() AND query ILIKE ?")) {
                statement.setString(1, "%" + tableWord + "%");
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    running = rows.getInt(1);
                }
            }
            if (running > 0) {
                Thread.sleep(200);
            }
        } while (running > 0 && System.nanoTime() < deadline);
        assertEquals(0, running, "PostgreSQL backends still running the cancelled queries");
    }

    private static void assertError(HttpResponse<String> answer, int status, String code) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonObject body = Http.json(answer);
        assertEquals(code, body.getString("code"), answer.body());
        assertNoLeak(answer);
    }

    private static void assertNoServerError(HttpResponse<String> answer) {
        assertTrue(answer.statusCode() < 500, answer.statusCode() + " " + answer.body());
        assertNoLeak(answer);
    }

    /** Outside the applications the container may answer 501 for a method it does not know, never 500. */
    private static void assertNotPayara(HttpResponse<String> answer) {
        assertTrue(answer.statusCode() != 500, answer.statusCode() + " " + answer.body());
        for (String leak : List.of("Payara", "GlassFish", "Exception", "\tat ")) {
            assertFalse(answer.body().contains(leak), "'" + leak + "' in " + answer.body());
        }
        assertFalse(answer.headers().firstValue("X-Powered-By").isPresent(), "X-Powered-By " + answer.headers());
        assertFalse(answer.headers().firstValue("Server").orElse("").matches(".*\\d.*"),
                "Server header without a version: " + answer.headers());
    }

    private static void assertNoLeak(HttpResponse<String> answer) {
        for (String leak : LEAKS) {
            assertFalse(answer.body().contains(leak), "'" + leak + "' in " + answer.body());
        }
    }

    private static HttpResponse<String> search(String sessionId, String query) throws Exception {
        return send(HttpRequest.newBuilder(searchUri(sessionId, query)).GET());
    }

    private static URI searchUri(String sessionId, String query) {
        return uri("/icat/entityManager?sessionId=" + URLEncoder.encode(sessionId, StandardCharsets.UTF_8)
                + "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return Http.BASE.resolve(path);
    }

    private static String shorten(String text) {
        String visible = text.replace("\u0000", "\\0");
        return visible.length() <= 300 ? visible : visible.substring(0, 300) + "…(" + text.length() + " chars)";
    }
}
