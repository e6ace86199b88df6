package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamcat.icat.client.EntityRef;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15: ICAT 4.7's free-text search over HTTP on the real domain. The demo facility is found by words of its
 * titles, proposal numbers whole and in parts, sample names and parameter ranges with units, only by those who may
 * read it; a new dataset becomes searchable within seconds of its write and disappears after its delete (the
 * outbox); {@code lucene/db} is root's, and a clear followed by a rebuild from the database finds everything again.
 */
@ExtendWith(ArquillianExtension.class)
class IcatLucene47IT {

    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @BeforeEach
    void demoFacility() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        String root = DemoCatalogueFixture.login("root");
        assertEquals(204, Http.post("/icat/lucene/db", "sessionId=" + root).statusCode(), "drain the outbox now");
    }

    private static long id(String query) throws Exception {
        String root = DemoCatalogueFixture.login("root");
        return DemoCatalogueFixture.ICAT.search(root, query).getJsonNumber(0).longValue();
    }

    private static HttpResponse<String> lucene(String session, String query) throws Exception {
        return Http.get("/icat/lucene/data?sessionId=" + session + "&maxCount=100&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<Long> found(String session, String query) throws Exception {
        HttpResponse<String> response = lucene(session, query);
        assertEquals(200, response.statusCode(), query + " -> " + response.body());
        JsonArray hits = Json.createReader(new StringReader(response.body())).readArray();
        for (JsonValue hit : hits) {
            assertTrue(hit.asJsonObject().containsKey("score"), response.body());
        }
        return hits.stream().map(hit -> hit.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static Set<Long> foundSet(String session, String query) throws Exception {
        return found(session, query).stream().collect(Collectors.toSet());
    }

    @Test
    void membersFindTheirProposalByWordsNumbersAndPartsOthersDoNot() throws Exception {
        long ma = id("SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'");
        long es = id("SELECT i.id FROM Investigation i WHERE i.name = 'ES-1234'");
        String alice = DemoCatalogueFixture.login("alice");
        String bob = DemoCatalogueFixture.login("bob");
        String root = DemoCatalogueFixture.login("root");
        for (String text : List.of("MA-4321", "4321", "titanium alloy", "Ti-6Al-4V", "ID11")) {
            assertEquals(List.of(ma), found(alice, "{\"target\":\"Investigation\",\"text\":\"" + text + "\"}"), text);
        }
        assertEquals(List.of(), found(alice, "{\"target\":\"Investigation\",\"text\":\"ES-1234\"}"));
        assertEquals(List.of(), found(alice, "{\"target\":\"Investigation\",\"text\":\"cement\"}"));
        assertEquals(List.of(es), found(bob, "{\"target\":\"Investigation\",\"text\":\"cement\"}"));
        assertEquals(Set.of(ma, es), foundSet(root, "{\"target\":\"Investigation\",\"text\":\"MA-4321 OR cement\"}"));
        assertEquals(List.of(ma), found(root, "{\"target\":\"Investigation\",\"user\":\"simple/alice\"}"));
        assertEquals(List.of(ma), found(root, "{\"target\":\"Investigation\",\"samples\":[\"Ti64_annealed\"]}"));
    }

    @Test
    void datasetsByNameSampleAndParameterRangeInOtherUnits() throws Exception {
        long asBuilt = id("SELECT d.id FROM Dataset d WHERE d.name = 'Ti64_as_built_0001'");
        long annealed = id("SELECT d.id FROM Dataset d WHERE d.name = 'Ti64_annealed_0001'");
        long integrated = id("SELECT d.id FROM Dataset d WHERE d.name = 'Ti64_as_built_0001_integrated'");
        String alice = DemoCatalogueFixture.login("alice");
        assertEquals(asBuilt, found(alice, "{\"target\":\"Dataset\",\"text\":\"Ti64_as_built_0001\"}").get(0),
                "the whole name ranks first");
        assertEquals(Set.of(asBuilt, integrated), foundSet(alice, "{\"target\":\"Dataset\",\"text\":\"as_built\"}"));
        // 43.35 keV is within 40,000 .. 45,000 eV
        assertEquals(Set.of(asBuilt, annealed), foundSet(alice, "{\"target\":\"Dataset\",\"parameters\":[{\"name\":"
                + "\"InstrumentMonochromator_energy\",\"units\":\"eV\",\"lowerNumericValue\":40000,"
                + "\"upperNumericValue\":45000}]}"));
        assertEquals(Set.of(), foundSet(alice, "{\"target\":\"Dataset\",\"parameters\":[{\"name\":"
                + "\"InstrumentMonochromator_energy\",\"units\":\"keV\",\"lowerNumericValue\":50,"
                + "\"upperNumericValue\":60}]}"));
        assertEquals(Set.of(), foundSet(alice, "{\"target\":\"Dataset\",\"text\":\"cement_7d_holo_0001\"}"));
        assertEquals(Set.of(), foundSet(DemoCatalogueFixture.login("bob"),
                "{\"target\":\"Datafile\",\"text\":\"Ti64_as_built_0001\"}"));
    }

    @Test
    void aNewDatasetIsSearchableWithinSecondsAndGoneAfterItsDelete() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        String alice = DemoCatalogueFixture.login("alice");
        long investigation = id("SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'");
        long type = id("SELECT t.id FROM DatasetType t WHERE t.name = 'raw'");
        String name = "lucene47_" + System.nanoTime() + "_0001";
        JsonObject dataset = Json.createObjectBuilder().add("Dataset", Json.createObjectBuilder()
                .add("name", name).add("investigation", Json.createObjectBuilder().add("id", investigation))
                .add("type", Json.createObjectBuilder().add("id", type))).build();
        long started = System.nanoTime();
        long id = DemoCatalogueFixture.ICAT.write(root, List.of(dataset)).get(0);
        String query = "{\"target\":\"Dataset\",\"text\":\"" + name + "\"}";
        Duration took = awaitFound(alice, query, List.of(id));
        System.out.println("IcatLucene47IT: write-to-searchable " + took.toMillis() + " ms");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(SEARCHABLE_WITHIN) < 0);
        assertEquals(List.of(), found(DemoCatalogueFixture.login("bob"), query), "not for a non-member");

        DemoCatalogueFixture.ICAT.delete(root, List.of(new EntityRef("Dataset", id)));
        awaitFound(alice, query, List.of());
    }

    @Test
    void indexMaintenanceIsRootsAndARebuildFindsEverythingAgain() throws Exception {
        String alice = DemoCatalogueFixture.login("alice");
        String root = DemoCatalogueFixture.login("root");
        assertEquals(403, Http.get("/icat/lucene/db?sessionId=" + alice).statusCode());
        assertEquals(403, Http.post("/icat/lucene/db", "sessionId=" + alice).statusCode());
        assertEquals(403, Http.request("DELETE", "/icat/lucene/db?sessionId=" + alice, null).statusCode());
        assertEquals(403, Http.post("/icat/lucene/db/Dataset", "sessionId=" + alice).statusCode());
        assertEquals(400, Http.post("/icat/lucene/db/Shift", "sessionId=" + root).statusCode());
        HttpResponse<String> badTarget = lucene(alice, "{\"target\":\"Shift\"}");
        assertEquals(400, badTarget.statusCode(), badTarget.body());
        assertEquals(400, lucene(alice, "{\"target\":\"Dataset\",\"text\":\"a AND (\"}").statusCode());

        long ma = id("SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'");
        String query = "{\"target\":\"Investigation\",\"text\":\"MA-4321\"}";
        assertEquals(204, Http.request("DELETE", "/icat/lucene/db?sessionId=" + root, null).statusCode());
        assertEquals(List.of(), found(alice, query), "cleared");
        for (String kind : List.of("Investigation", "Dataset", "Datafile")) {
            assertEquals(204, Http.post("/icat/lucene/db/" + kind, "sessionId=" + root).statusCode());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String populating;
        do {
            Thread.sleep(250);
            HttpResponse<String> response = Http.get("/icat/lucene/db?sessionId=" + root);
            assertEquals(200, response.statusCode(), response.body());
            populating = response.body();
        } while (!"[]".equals(populating) && System.nanoTime() < deadline);
        assertEquals("[]", populating);
        assertEquals(List.of(ma), found(alice, query));
        assertFalse(found(alice, "{\"target\":\"Datafile\",\"text\":\"Ti64_as_built_0001\"}").isEmpty());
    }

    private static Duration awaitFound(String session, String query, List<Long> expected) throws Exception {
        long started = System.nanoTime();
        long deadline = started + SEARCHABLE_WITHIN.toNanos();
        List<Long> hits;
        do {
            hits = found(session, query);
            if (hits.equals(expected)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertEquals(expected, hits, query);
        return SEARCHABLE_WITHIN;
    }
}
