package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Embargo opening over HTTP: a session that ended long ago (more than the three-year embargo) and a
 * recent one, each with a dataset and a file on disk. Before the DOI job runs, an anonymous login finds
 * neither and the IDS refuses the download; after it (release date = end + embargo, public read rules),
 * the old session's dataset is found and downloaded anonymously, the recent one stays closed.
 */
@ExtendWith(ArquillianExtension.class)
class EmbargoOpeningIT extends DeployedBeamCat {

    private static final Path DATA_ROOT = Path.of(System.getProperty("it.data.root", "/nonexistent"));
    private static final DoiJobRuns RUNS = new DoiJobRuns();


    @AfterAll
    static void undo() throws Exception {
        RUNS.undo();
    }

    /** A dataset with one text file, on disk under the data root; returns the datafile id. */
    private static long datasetWithFile(long investigationId, String name, String content) throws Exception {
        String root = DemoCatalogueFixture.login("root");
        String location = "doi-mint-it/" + name + "/data.txt";
        Path file = DATA_ROOT.resolve(location);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        long type = DoiJobRuns.first(root, "SELECT t.id FROM DatasetType t");
        DemoCatalogueFixture.ICAT.create(root, "Dataset", Json.createObjectBuilder()
                .add("name", name).add("location", "doi-mint-it/" + name)
                .add("investigation", Json.createObjectBuilder().add("id", investigationId))
                .add("type", Json.createObjectBuilder().add("id", type))
                .add("datafiles", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "data.txt").add("location", location).add("fileSize", content.length())))
                .build());
        return DoiJobRuns.first(root, "SELECT df.id FROM Datafile df WHERE df.location = '" + location + "'");
    }

    private static JsonArray anonSearch(String anon, String datasetName) throws Exception {
        return DemoCatalogueFixture.ICAT.search(anon, "SELECT ds FROM Dataset ds WHERE ds.name = '" + datasetName + "'");
    }

    @Test
    void dataOpensToAnonymousUsersOnlyOnceTheEmbargoIsOver() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        String suffix = Long.toString(System.nanoTime());
        long old = RUNS.investigation("EMB-OLD-" + suffix, "2015-06-01T08:00:00.000Z", "2015-06-03T08:00:00.000Z");
        long recent = RUNS.investigation("EMB-NEW-" + suffix, "2026-01-10T08:00:00.000Z", "2026-01-12T08:00:00.000Z");
        long oldFile = datasetWithFile(old, "emb_old_" + suffix, "released data " + suffix);
        long recentFile = datasetWithFile(recent, "emb_new_" + suffix, "embargoed data " + suffix);
        String anon = DemoCatalogueFixture.ICAT.login("anon", Map.of());

        assertEquals(0, anonSearch(anon, "emb_old_" + suffix).size(), "not released before the job ran");
        assertEquals(403, Http.get("/ids/getData?sessionId=" + anon + "&datafileIds=" + oldFile).statusCode());

        List<Long> released = RUNS.trigger().getJsonArray("releaseDatesSet").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).toList();
        assertTrue(released.containsAll(List.of(old, recent)), released.toString());
        String releaseDate = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT i.releaseDate FROM Investigation i WHERE i.id = " + old).getString(0);
        assertTrue(releaseDate.startsWith("2018-06-03T08:00:00"), releaseDate);

        assertEquals(1, anonSearch(anon, "emb_old_" + suffix).size(), "released: readable by everybody");
        HttpResponse<String> download = Http.get("/ids/getData?sessionId=" + anon + "&datafileIds=" + oldFile);
        assertEquals(200, download.statusCode(), download.body());
        assertEquals("released data " + suffix, download.body());

        assertEquals(0, anonSearch(anon, "emb_new_" + suffix).size(), "still under embargo until 2029");
        assertEquals(403, Http.get("/ids/getData?sessionId=" + anon + "&datafileIds=" + recentFile).statusCode());
        assertEquals(1, DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("alice"),
                "SELECT ds FROM Dataset ds WHERE ds.name = 'emb_new_" + suffix + "'").size(), "members still read it");

        assertEquals(0, RUNS.trigger().getInt("publicRulesCreated"), "the rules are created once");
    }
}
