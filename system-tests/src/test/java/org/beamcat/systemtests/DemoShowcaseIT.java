package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.beamcat.demo.DemoLoaderMain;
import org.beamcat.demo.showcase.DemoShowcase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * The first five minutes of ./run.sh, as a newcomer sees them: the demo loader, run with the same options
 * run.sh gives it, against a two-level IDS (the built ids-web at /ids-demo, archive folder beside the test
 * data root, sharing /ids's main storage as run.sh's IDS shares the data root) and the deployed DOI service.
 * Afterwards demo dataset Ti64_annealed_0001 is ARCHIVED for its member alice, its files are gone from main
 * storage, and a restore brings back exactly the bytes the loader wrote; session MA-4321 has its DOI and
 * the DOI's landing page answers. A second run changes nothing; a run after a restore archives it again.
 * What the class changed is undone at the end (dataset restored, DOIs and release dates cleared), so the
 * classes sharing the catalogue see the demo as before (LandingDoiIT expects the demo sessions without DOIs).
 */
@ExtendWith(ArquillianExtension.class)
class DemoShowcaseIT extends DeployedBeamCat {

    private static final String CONTEXT = "/ids-demo";
    private static final Path DATA_ROOT = Path.of(System.getProperty("it.data.root", "target/it-data")).toAbsolutePath();
    private static final Path ARCHIVE = fresh(DATA_ROOT.resolveSibling(DATA_ROOT.getFileName() + "-demo-archive"));
    private static final Path CACHE = fresh(DATA_ROOT.resolveSibling(DATA_ROOT.getFileName() + "-demo-ids-cache"));
    private static final IdsCalls IDS = new IdsCalls(CONTEXT);

    /** Investigations that had a DOI / a release date before the loader ran: the others are cleared afterwards. */
    private static Set<Long> withDoiBefore;
    private static Set<Long> withReleaseDateBefore;
    private static Long archivedDatasetId;

    /** run.sh's IDS: two-level over the data root the demo files are in, the archive beside it. */
    @Deployment(name = "ids-demo", order = 3, testable = false)
    static WebArchive twoLevelIds() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("beamcat.data-root", DATA_ROOT.toString());
        settings.put("beamcat.ids.archive-root", ARCHIVE.toString());
        settings.put("beamcat.ids.cache-dir", CACHE.toString());
        settings.put("beamcat.ids.queue.interval-seconds", "1");
        return IdsWar.withSettings(CONTEXT.substring(1), settings);
    }

    @Test
    void theLoaderLeavesAnArchivedDatasetToRestoreAndASessionDoiWithItsLandingPage() throws Exception {
        DemoCatalogueFixture.ensureLoaded(); // the catalogue and files as any class finds them
        Http.awaitStatus(CONTEXT + "/ping", 200, Duration.ofSeconds(60));
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(60));
        String root = DemoCatalogueFixture.login("root");
        withDoiBefore = idsOf(root, "SELECT i.id FROM Investigation i WHERE i.doi IS NOT NULL");
        withReleaseDateBefore = idsOf(root, "SELECT i.id FROM Investigation i WHERE i.releaseDate IS NOT NULL");
        long datasetId = DoiJobRuns.first(root, "SELECT ds.id FROM Dataset ds WHERE ds.name = '"
                + DemoShowcase.ARCHIVED_DATASET + "' AND ds.investigation.name = '" + DemoShowcase.INVESTIGATION + "'");
        archivedDatasetId = datasetId;
        long investigationId = DoiJobRuns.first(root, "SELECT i.id FROM Investigation i WHERE i.name = '"
                + DemoShowcase.INVESTIGATION + "'");
        Map<String, byte[]> written = filesOf(root, datasetId);
        assertEquals(5, written.size(), "a scan file and four frames: " + written.keySet());

        String firstRun = runLoader();
        assertTrue(firstRun.contains("is ARCHIVED at the IDS (archived now)"), firstRun);

        String alice = DemoCatalogueFixture.login("alice");
        assertEquals("true", IDS.text("isTwoLevel"));
        assertEquals("ARCHIVED", IDS.text("getStatus?sessionId=" + alice + "&datasetIds=" + datasetId),
                "alice, the member, sees her dataset archived");
        for (String location : written.keySet()) {
            assertFalse(Files.exists(DATA_ROOT.resolve(location)), location + " left main storage");
        }
        try (var archived = Files.walk(ARCHIVE)) {
            assertTrue(archived.anyMatch(Files::isRegularFile), "the IDS wrote the dataset to the archive folder");
        }

        String doi = DoiJobRuns.doiOf(investigationId);
        assertEquals("10.5072/BEAMCAT-ES-" + investigationId, doi, "DataCite's test prefix, from the offline registrar");
        assertTrue(firstRun.contains("session " + DemoShowcase.INVESTIGATION + " has DOI " + doi), firstRun);
        HttpResponse<String> landing = Http.get("/doi/" + doi, "Accept", "text/html");
        assertEquals(200, landing.statusCode(), landing.body());
        assertTrue(landing.body().contains("In situ loading of additively manufactured Ti-6Al-4V"), landing.body());
        assertTrue(landing.body().contains("id=\"doi-not-registered\""), "the page says the demo DOI resolves nowhere else");

        String secondRun = runLoader();
        assertTrue(secondRun.contains("is ARCHIVED at the IDS") && !secondRun.contains("archived now"), secondRun);
        assertFalse(secondRun.contains("minted now"), secondRun);
        assertEquals(doi, DoiJobRuns.doiOf(investigationId));
        assertTrue(IDS.serviceStatus(root).getJsonArray("opsQueue").isEmpty(), "the second run queued nothing");
        assertEquals(0, check(), "--check (./run.sh status) finds the showcase in place");

        // The newcomer's restore: prepare as alice, wait until prepared, download, compare with what was written.
        HttpResponse<String> prepared = IDS.post("prepareData", Map.of("sessionId", alice,
                "datasetIds", Long.toString(datasetId), "zip", "true"));
        assertEquals(200, prepared.statusCode(), prepared.body());
        String preparedId = prepared.body();
        IDS.awaitText("isPrepared?preparedId=" + preparedId, "true");
        assertEquals("ONLINE", IDS.text("getStatus?sessionId=" + alice + "&datasetIds=" + datasetId));
        HttpResponse<byte[]> zip = IDS.bytes("getData?preparedId=" + preparedId);
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> downloaded = new HashMap<>();
        IdsCalls.entries(zip.body()).forEach((name, entry) -> downloaded.put(name.substring(name.lastIndexOf('/') + 1),
                entry.data()));
        assertEquals(written.size(), downloaded.size(), downloaded.keySet().toString());
        written.forEach((location, bytes) -> assertArrayEquals(bytes,
                downloaded.get(location.substring(location.lastIndexOf('/') + 1)), location));

        String afterRestore = runLoader();
        assertTrue(afterRestore.contains("(archived now)"), "a re-run puts the demo back as it was: " + afterRestore);
        assertEquals("ARCHIVED", IDS.text("getStatus?sessionId=" + alice + "&datasetIds=" + datasetId));
    }

    /** Runs the loader as run.sh does; asserts it succeeded and returns what it printed. */
    private static String runLoader() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        int exit;
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = new CommandLine(new DemoLoaderMain()).execute(showcaseArgs("--data-root", DATA_ROOT.toString()));
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        out.print(text);
        assertEquals(0, exit, text);
        return text;
    }

    private static int check() {
        return new CommandLine(new DemoLoaderMain()).execute(showcaseArgs("--check"));
    }

    private static String[] showcaseArgs(String... more) {
        String base = URI.create(Http.BASE.toString()).toString();
        String[] args = {"--icat-url", base, "--ids-url", base + CONTEXT, "--doi-url", base + "/doi"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    /** The dataset's files as the loader wrote them under the data root, by location. */
    private static Map<String, byte[]> filesOf(String root, long datasetId) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        for (JsonValue row : DemoCatalogueFixture.ICAT.search(root,
                "SELECT df.location FROM Datafile df WHERE df.dataset.id = " + datasetId)) {
            String location = ((jakarta.json.JsonString) row).getString();
            files.put(location, Files.readAllBytes(DATA_ROOT.resolve(location)));
        }
        return files;
    }

    private static Set<Long> idsOf(String session, String query) throws Exception {
        Set<Long> ids = new java.util.HashSet<>();
        for (JsonValue id : DemoCatalogueFixture.ICAT.search(session, query)) {
            ids.add(((jakarta.json.JsonNumber) id).longValue());
        }
        return ids;
    }

    /** Undoes what the loader changed for the classes after this one: files back online, DOIs and dates cleared. */
    @AfterAll
    static void putTheDemoBack() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        if (archivedDatasetId != null) {
            IDS.noContent("restore", Map.of("sessionId", root, "datasetIds", Long.toString(archivedDatasetId)));
            IDS.awaitQueueEmpty(root);
        }
        if (withDoiBefore != null) {
            for (long id : idsOf(root, "SELECT i.id FROM Investigation i WHERE i.doi IS NOT NULL")) {
                if (!withDoiBefore.contains(id)) {
                    DemoCatalogueFixture.ICAT.update(root, "Investigation",
                            jakarta.json.Json.createObjectBuilder().add("id", id).addNull("doi").build());
                }
            }
            for (long id : idsOf(root, "SELECT i.id FROM Investigation i WHERE i.releaseDate IS NOT NULL")) {
                if (!withReleaseDateBefore.contains(id)) {
                    DemoCatalogueFixture.ICAT.update(root, "Investigation",
                            jakarta.json.Json.createObjectBuilder().add("id", id).addNull("releaseDate").build());
                }
            }
        }
    }

    private static Path fresh(Path folder) {
        return IdsWar.freshFolderAt(folder);
    }
}
