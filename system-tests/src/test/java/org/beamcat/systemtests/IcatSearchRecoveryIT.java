package org.beamcat.systemtests;

import static org.beamcat.systemtests.SearchCalls.documentsOk;
import static org.beamcat.systemtests.SearchCalls.encode;
import static org.beamcat.systemtests.SearchCalls.jpqlIds;
import static org.beamcat.systemtests.SearchCalls.resultIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.beamcat.icat.client.EntityRef;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "never behind, never lost": newly ingested data is searchable within seconds (the time is printed);
 * a batch of writes followed at once by a kill -9 of the domain is all searchable after the restart (the
 * outbox rows were committed with the writes and are drained after the start); and an index cleared by root is
 * rebuilt from the database by root's {@code lucene/db} calls to the same answers.
 *
 * <p>Leaves the domain running and its applications answering, for the tests after it.
 */
class IcatSearchRecoveryIT extends IngestSystemTest {

    private static final Duration RECOVERY = Duration.ofMinutes(10);
    private static final Duration SEARCHABLE = Duration.ofSeconds(30);

    @Test
    void anIngestedDatasetIsSearchableWithinSeconds() throws Exception {
        String sample = IngestProbe.unique("findme");
        Path folder = datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("frame_0.raw"), new byte[16]);
        String alice = DemoCatalogueFixture.login("alice");
        String query = "{\"target\":\"Dataset\",\"filter\":{\"sample.name\":\"" + sample + "\"}}";
        assertEquals(List.of(), resultIds(documentsOk(alice, query, "")));
        Instant sent = Instant.now();
        HttpResponse<String> accepted = IngestProbe.postDataset(IngestProbe.datasetXml(folder, sample, ""),
                "application/xml");
        assertEquals(202, accepted.statusCode(), accepted.body());
        long registered = probe.awaitDataset(relative(folder));
        Instant inCatalogue = Instant.now();
        List<Long> found = List.of();
        while (found.isEmpty() && Instant.now().isBefore(sent.plus(SEARCHABLE))) {
            found = resultIds(documentsOk(alice, query, ""));
            if (found.isEmpty()) {
                Thread.sleep(50);
            }
        }
        Instant searchable = Instant.now();
        assertEquals(List.of(registered), found, "the ingested dataset is found by its sample within " + SEARCHABLE);
        System.out.printf("INGEST-TO-SEARCHABLE: message accepted to dataset found %d ms (registered after %d ms,"
                + " searchable %d ms later)%n", Duration.between(sent, searchable).toMillis(),
                Duration.between(sent, inCatalogue).toMillis(), Duration.between(inCatalogue, searchable).toMillis());
        // Its datafiles (the frame and the master file) are found too.
        String files = "{\"target\":\"Datafile\",\"filter\":{\"dataset.name\":\"" + sample + "_0001\"}}";
        assertEquals(jpqlIds(alice, "SELECT df.id FROM Datafile df WHERE df.dataset.id = " + registered),
                awaitIds(alice, files, 2));
    }

    @Test
    void writesCommittedJustBeforeAKillNineAreSearchableAfterTheRestart() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        long investigation = jpqlIds(root, "SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'").first();
        long type = jpqlIds(root, "SELECT t.id FROM DatasetType t WHERE t.name = 'raw'").first();
        String marker = "killnine" + unique;
        List<JsonObject> datasets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            datasets.add(Json.createObjectBuilder().add("Dataset", Json.createObjectBuilder()
                    .add("name", marker + "_" + i).add("description", "written before the kill " + marker)
                    .add("investigation", Json.createObjectBuilder().add("id", investigation))
                    .add("type", Json.createObjectBuilder().add("id", type))).build());
        }
        List<Long> ids = DemoCatalogueFixture.ICAT.write(root, datasets);
        TestDomain domain = TestDomain.fromSystemProperties();
        try {
            domain.killHard();
        } finally {
            domain.start();
            for (String path : new String[] {"/icat/version", "/ids/ping"}) {
                assertEquals(200, Http.awaitStatus(path, 200, RECOVERY).statusCode(), path);
            }
        }
        try {
            String session = DemoCatalogueFixture.login("root");
            String query = "{\"target\":\"Dataset\",\"text\":\"" + marker + "\"}";
            assertEquals(new TreeSet<>(ids), awaitIds(session, query, ids.size()),
                    "every dataset written before the kill is searchable after the restart");
            String alice = DemoCatalogueFixture.login("alice");
            assertEquals(new TreeSet<>(ids), new TreeSet<>(resultIds(documentsOk(alice, query, "&maxCount=1000"))),
                    "alice, a member of MA-4321, finds them too");
        } finally {
            DemoCatalogueFixture.ICAT.delete(DemoCatalogueFixture.login("root"),
                    ids.stream().map(id -> new EntityRef("Dataset", id)).toList());
        }
        // Deletions reach the index as well.
        String root2 = DemoCatalogueFixture.login("root");
        awaitIds(root2, "{\"target\":\"Dataset\",\"text\":\"" + marker + "\"}", 0);
    }

    @Test
    void anIndexClearedByRootIsRebuiltFromTheDatabaseToTheSameAnswers() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        String alice = DemoCatalogueFixture.login("alice");
        Map<String, String> questions = Map.of(
                "Investigation", "{\"target\":\"Investigation\"}",
                "Dataset", "{\"target\":\"Dataset\",\"text\":\"Ti64*\"}",
                "Datafile", "{\"target\":\"Datafile\"}");
        for (String target : questions.keySet()) {
            SearchCalls.awaitIndexed(root, target, Duration.ofSeconds(60));
        }
        Map<String, TreeSet<Long>> before = new java.util.TreeMap<>();
        for (Map.Entry<String, String> q : questions.entrySet()) {
            before.put(q.getKey(), new TreeSet<>(resultIds(documentsOk(alice, q.getValue(), "&maxCount=1000"))));
            assertTrue(!before.get(q.getKey()).isEmpty(), q.getKey() + " finds something before the rebuild");
        }
        assertEquals(204, Http.delete("/icat/lucene/db?sessionId=" + encode(root)).statusCode(), "clear");
        assertEquals(0, documentsOk(root, "{\"target\":\"Investigation\"}", "").getJsonNumber("total").longValue(),
                "the cleared index finds nothing");
        for (String entity : List.of("Investigation", "Dataset", "Datafile")) {
            HttpResponse<String> populate = Http.postForm("/icat/lucene/db/" + entity, Map.of("sessionId", root));
            assertEquals(204, populate.statusCode(), populate.body());
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String populating = Http.get("/icat/lucene/db?sessionId=" + encode(root)).body();
        while (!populating.equals("[]") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            populating = Http.get("/icat/lucene/db?sessionId=" + encode(root)).body();
        }
        assertEquals("[]", populating, "population ends");
        assertEquals(204, Http.postForm("/icat/lucene/db", Map.of("sessionId", root)).statusCode(), "commit");
        // Population may still be under way after GET lucene/db first answers []: wait (bounded) for the answers.
        for (Map.Entry<String, String> q : questions.entrySet()) {
            Instant rebuilt = Instant.now().plus(Duration.ofMinutes(2));
            TreeSet<Long> after = new TreeSet<>(resultIds(documentsOk(alice, q.getValue(), "&maxCount=1000")));
            while (!after.equals(before.get(q.getKey())) && Instant.now().isBefore(rebuilt)) {
                Thread.sleep(200);
                after = new TreeSet<>(resultIds(documentsOk(alice, q.getValue(), "&maxCount=1000")));
            }
            assertEquals(before.get(q.getKey()), after, q.getKey() + " after the rebuild");
        }
        // Only root maintains the index.
        assertEquals(403, Http.delete("/icat/lucene/db?sessionId=" + encode(alice)).statusCode());
    }

    /** Polls search/documents until it finds {@code expected} hits (or SEARCHABLE passes); the ids found. */
    private static TreeSet<Long> awaitIds(String session, String query, int expected) throws Exception {
        Instant deadline = Instant.now().plus(SEARCHABLE);
        TreeSet<Long> found = new TreeSet<>(resultIds(documentsOk(session, query, "&maxCount=1000")));
        while (found.size() != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            found = new TreeSet<>(resultIds(documentsOk(session, query, "&maxCount=1000")));
        }
        return found;
    }
}
