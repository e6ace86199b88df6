package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The catalogue's search calls over HTTP for the IcatSearch*IT tests: ICAT 6.1 {@code search/documents} and
 * {@code facet/documents}, ICAT 4.7 {@code lucene/data} and root's {@code lucene/db}, and the oracle they are
 * compared with: the same question asked as a rule-scoped JPQL search by the same user.
 */
final class SearchCalls {

    private SearchCalls() {
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** GET search/documents; {@code extra} is more of the query string ("&maxCount=5"). */
    static HttpResponse<String> documents(String session, String query, String extra) throws Exception {
        return Http.get("/icat/search/documents?sessionId=" + encode(session) + "&query=" + encode(query) + extra);
    }

    /** GET search/documents that must answer 200; the answer. */
    static JsonObject documentsOk(String session, String query, String extra) throws Exception {
        HttpResponse<String> response = documents(session, query, extra);
        assertEquals(200, response.statusCode(), query + " -> " + response.body());
        return Http.json(response);
    }

    static List<Long> resultIds(JsonObject answer) {
        List<Long> ids = new ArrayList<>();
        for (JsonValue result : answer.getJsonArray("results")) {
            ids.add(result.asJsonObject().getJsonNumber("id").longValue());
        }
        return ids;
    }

    /** The labels and counts of one dimension ("Dataset.type.name") of an answer, zero counts left out. */
    static Map<String, Long> dimension(JsonObject answer, String name) {
        Map<String, Long> counts = new TreeMap<>();
        JsonObject dimensions = answer.getJsonObject("dimensions");
        if (dimensions != null && dimensions.containsKey(name)) {
            for (Map.Entry<String, JsonValue> label : dimensions.getJsonObject(name).entrySet()) {
                long count = label.getValue() instanceof JsonNumber n ? n.longValue()
                        : label.getValue().asJsonObject().getJsonNumber("count").longValue();
                if (count > 0) {
                    counts.put(label.getKey(), count);
                }
            }
        }
        return counts;
    }

    /** GET lucene/data (4.7); the answer's ids in its order. */
    static HttpResponse<String> luceneData(String session, String query, int maxCount) throws Exception {
        return Http.get("/icat/lucene/data?sessionId=" + encode(session) + "&maxCount=" + maxCount + "&query="
                + encode(query));
    }

    static List<Long> luceneIds(String session, String query) throws Exception {
        HttpResponse<String> response = luceneData(session, query, 1000);
        assertEquals(200, response.statusCode(), query + " -> " + response.body());
        JsonArray array = Json.createReader(new StringReader(response.body())).readArray();
        List<Long> ids = new ArrayList<>();
        for (JsonValue hit : array) {
            ids.add(hit.asJsonObject().getJsonNumber("id").longValue());
        }
        return ids;
    }

    /** The oracle: ids a rule-scoped JPQL search answers to the same user, sorted. */
    static TreeSet<Long> jpqlIds(String session, String jpql) throws Exception {
        TreeSet<Long> ids = new TreeSet<>();
        for (JsonValue row : DemoCatalogueFixture.ICAT.search(session, jpql)) {
            ids.add(((JsonNumber) row).longValue());
        }
        return ids;
    }

    static long jpqlCount(String session, String jpql) throws Exception {
        return DemoCatalogueFixture.ICAT.search(session, jpql).getJsonNumber(0).longValue();
    }

    /** The demo's users as search callers: root, the two members and an anonymous session. */
    static Map<String, String> callers() throws Exception {
        return Map.of("root", DemoCatalogueFixture.login("root"), "alice", DemoCatalogueFixture.login("alice"),
                "bob", DemoCatalogueFixture.login("bob"),
                "anon", DemoCatalogueFixture.ICAT.login("anon", Map.of()));
    }

    /**
     * Waits until root's search finds as many documents of {@code target} as the catalogue holds (the outbox has
     * been drained into the index); fails after {@code patience}. Returns how long it took.
     */
    static Duration awaitIndexed(String root, String target, Duration patience) throws Exception {
        Instant start = Instant.now();
        long expected = jpqlCount(root, "SELECT COUNT(x) FROM " + target + " x");
        long total = -1;
        while (Instant.now().isBefore(start.plus(patience))) {
            total = documentsOk(root, "{\"target\":\"" + target + "\"}", "&maxCount=1").getJsonNumber("total")
                    .longValue();
            if (total == expected) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the index holds " + total + " " + target + " documents after " + patience
                + ", the catalogue " + expected);
    }
}
