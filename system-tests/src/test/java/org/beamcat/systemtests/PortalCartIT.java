package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beamcat.icat.client.EntityRef;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The portal's cart and downloads (issue 17 items 5-7, docs/portal.md) against archived data: the built portal-war
 * deployed once more at /portal-cart with a cart of at most 10 files and the IDS at /ids-cart, a two-level IDS over
 * the test data root whose archive is slowed (8 s a call), so a restore can be watched. Demo dataset
 * Ti64_annealed_0001 (alice's, MA-4321) is archived there first; what the class changed is undone at the end.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalCartIT extends DeployedBeamCat {

    private static final String PORTAL = "/portal-cart";
    private static final String IDS_CONTEXT = "/ids-cart";
    private static final Path DATA_ROOT = Path.of(System.getProperty("it.data.root", "target/it-data")).toAbsolutePath();
    private static final IdsCalls IDS = new IdsCalls(IDS_CONTEXT);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static long archivedDataset;
    private static Long limitDataset;
    private static Map<String, byte[]> archivedFiles;
    private static Map<String, Long> archivedFileIds;
    private static long aliceDownload;

    @Deployment(name = "ids-cart", order = 3, testable = false)
    static WebArchive twoLevelIds() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("beamcat.data-root", DATA_ROOT.toString());
        settings.put("beamcat.ids.archive-root", IdsWar.freshFolderAt(DATA_ROOT.resolveSibling(DATA_ROOT.getFileName()
                + "-cart-archive")).toString());
        settings.put("beamcat.ids.cache-dir", IdsWar.freshFolderAt(DATA_ROOT.resolveSibling(DATA_ROOT.getFileName()
                + "-cart-ids-cache")).toString());
        settings.put("beamcat.ids.queue.interval-seconds", "1");
        settings.put("beamcat.ids.archive.delay-ms", "8000");
        return IdsWar.withSettings(IDS_CONTEXT.substring(1), settings);
    }

    /** The built portal-war at /portal-cart, its IDS the two-level one, its cart at most 10 files. */
    @Deployment(name = "portal-cart", order = 4, testable = false)
    static WebArchive portalWithArchive() {
        return PortalWar.withSettings(PORTAL.substring(1), Map.of("beamcat.portal.ids-url", Http.BASE + IDS_CONTEXT,
                "beamcat.portal.cart.max-files", "10"));
    }

    @Test
    @Order(1)
    void aliceFillsHerCartWithinItsLimitsAndFindsItAgainAfterLoggingIn() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Http.awaitStatus(IDS_CONTEXT + "/ping", 200, Duration.ofSeconds(60));
        Http.awaitStatus(PORTAL + "/login.xhtml", 200, Duration.ofSeconds(60));
        String root = DemoCatalogueFixture.login("root");
        archivedDataset = DoiJobRuns.first(root, "SELECT ds.id FROM Dataset ds WHERE ds.name = 'Ti64_annealed_0001'"
                + " AND ds.investigation.name = 'MA-4321'");
        readFiles(root);
        limitDataset = sixFileDataset(root);
        // Archived at the two-level IDS: its files leave main storage.
        IDS.noContent("archive", Map.of("sessionId", root, "datasetIds", Long.toString(archivedDataset)));
        IDS.awaitText("getStatus?sessionId=" + root + "&datasetIds=" + archivedDataset, "ARCHIVED");

        PortalVisitor alice = new PortalVisitor();
        alice.logIn(PORTAL, "alice");
        String token = alice.formToken(PORTAL);
        alice.open(PORTAL + "/cart.xhtml");
        if (!alice.html().contains("id=\"cart-empty\"")) {
            alice.submit("download", "clear-cart", Map.of());
        }

        alice.post(PORTAL + "/cart/add", Map.of("token", token, "kind", "dataset", "id", Long.toString(archivedDataset)));
        assertTrue(alice.html().contains("id=\"cart-message\""), alice.html());
        assertTrue(alice.html().contains("Ti64_annealed_0001” was added"), alice.html());
        assertEquals("5", textOf(alice.html(), "cart-file-count"));
        long bytes = archivedFiles.values().stream().mapToLong(b -> b.length).sum();
        assertTrue(alice.html().contains("data-bytes=\"" + bytes + "\""), "IDS getSize of the cart: " + alice.html());

        // The same again: one entry. Six more files: over the limit of 10, said so, nothing added.
        alice.post(PORTAL + "/cart/add", Map.of("token", token, "kind", "dataset", "id", Long.toString(archivedDataset)));
        assertTrue(alice.html().contains("already in your cart"), alice.html());
        alice.post(PORTAL + "/cart/add", Map.of("token", token, "kind", "dataset", "id", Long.toString(limitDataset)));
        assertTrue(alice.html().contains("bc-notice-error"), alice.html());
        assertTrue(alice.html().contains("was not added: it would hold 11 files, and a cart may hold at most 10"),
                alice.html());
        assertEquals(1, count(alice.html(), "class=\"cart-item\""));

        // Logged out and in again (a new HTTP session): the cart is in the database.
        alice.open(PORTAL + "/cart.xhtml");
        alice.submit("logout", "logout-button", Map.of());
        PortalVisitor again = new PortalVisitor();
        again.logIn(PORTAL, "alice");
        again.open(PORTAL + "/cart.xhtml");
        assertEquals(1, count(again.html(), "class=\"cart-item\""), again.html());
        assertTrue(again.html().contains("data-id=\"" + archivedDataset + "\""), again.html());
        assertTrue(again.html().contains("href=\"/doi/mint-collection.xhtml?investigation="), "mint link: " + again.html());

        // "Mint a DOI for this selection": the mint page of landing-war, logged in there again, has the cart's
        // dataset chosen.
        Matcher mintLink = Pattern.compile("href=\"(/doi/mint-collection\\.xhtml\\?[^\"]+)\"").matcher(again.html());
        assertTrue(mintLink.find(), again.html());
        FacesBrowser mint = new FacesBrowser();
        mint.open(PortalVisitor.unescape(mintLink.group(1)));
        mint.submit("login", "submit", FacesBrowser.fields("plugin", "simple", "username", "alice", "password", "alice"));
        assertEquals("1", mint.textOf("proposed-count"), mint.html());
        assertTrue(Pattern.compile("<input[^>]*value=\"" + archivedDataset + "\"[^>]*checked|<input[^>]*checked=\"checked\"[^>]*value=\""
                + archivedDataset + "\"").matcher(mint.html()).find(), "the cart's dataset is ticked: " + mint.html());

        // The dataset page offers the cart, "Download this dataset" and each file.
        again.open(PORTAL + "/dataset.xhtml?id=" + archivedDataset);
        assertTrue(again.html().contains("id=\"add-dataset-" + archivedDataset + "\""), again.html());
        assertTrue(again.html().contains("id=\"download-dataset-" + archivedDataset + "\""), again.html());
        long someFile = archivedFileIds.values().iterator().next();
        assertTrue(again.html().contains("href=\"" + PORTAL + "/files/get?id=" + someFile + "\""), again.html());
        assertTrue(again.html().contains("id=\"add-datafile-" + someFile + "\""), again.html());
    }

    @Test
    @Order(2)
    void theCartOfArchivedDataRestoresThenDownloadsTheStoredBytes(Browser browser) throws Exception {
        PortalVisitor alice = new PortalVisitor();
        alice.logIn(PORTAL, "alice");
        alice.open(PORTAL + "/cart.xhtml");
        alice.submit("download", "download-cart", Map.of("name", "ti64-cart"));
        String page = alice.html();
        assertTrue(page.contains("<h1 id=\"heading\">My downloads</h1>"), page);
        Matcher row = Pattern.compile("id=\"download-([0-9]+)\" data-id=\"[0-9]+\" data-state=\"([A-Z]+)\"").matcher(page);
        assertTrue(row.find(), page);
        aliceDownload = Long.parseLong(row.group(1));
        assertEquals("RESTORING", row.group(2), "the archive is slow: restoring first. " + page);
        assertTrue(page.contains("<progress class=\"bc-progress\""), page);
        assertTrue(page.contains("<noscript><meta http-equiv=\"refresh\""), "refreshes itself without JavaScript");
        assertFalse(UUID.matcher(page).find(), "no preparedId or session id in the page");
        assertEquals(503, alice.bytes(PORTAL + "/downloads/file?id=" + aliceDownload).statusCode(), "not ready yet");

        // The browser's page follows the state with its script while restoring.
        browser.open(PORTAL + "/login.xhtml");
        browser.byId("login-simple:username").sendKeys("alice");
        browser.byId("login-simple:password").sendKeys("alice");
        browser.byId("login-simple:login-button").click();
        browser.waitUntil(d -> d.findElements(By.id("who")).size() > 0, 30);
        browser.open(PORTAL + "/downloads.xhtml");
        browser.screenshot("portal-downloads-restoring");

        String state = awaitState(alice, aliceDownload, "READY", Duration.ofSeconds(180));
        assertEquals("READY", state);
        browser.waitUntil(d -> d.findElements(By.cssSelector("#download-" + aliceDownload + " a.download-link")).size() > 0, 60);
        browser.screenshot("portal-downloads-ready");
        browser.open(PORTAL + "/cart.xhtml");
        browser.screenshot("portal-cart");

        alice.open(PORTAL + "/downloads.xhtml");
        assertTrue(alice.html().contains("href=\"" + PORTAL + "/downloads/file?id=" + aliceDownload + "\""), alice.html());
        HttpResponse<byte[]> zip = alice.bytes(PORTAL + "/downloads/file?id=" + aliceDownload);
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> downloaded = new HashMap<>();
        IdsCalls.entries(zip.body()).forEach((name, entry) -> downloaded.put(name.substring(name.lastIndexOf('/') + 1),
                entry.data()));
        assertEquals(archivedFiles.keySet(), downloaded.keySet());
        archivedFiles.forEach((name, data) -> assertArrayEquals(data, downloaded.get(name), name));
        HttpResponse<byte[]> tail = alice.bytes(PORTAL + "/downloads/file?id=" + aliceDownload, "Range", "bytes=100-");
        assertEquals(206, tail.statusCode(), "resumable");
        assertArrayEquals(java.util.Arrays.copyOfRange(zip.body(), 100, zip.body().length), tail.body());

        // A single file, now online, straight through the portal with alice's session (never in the URL).
        String name = archivedFiles.keySet().iterator().next();
        String path = PORTAL + "/files/get?id=" + archivedFileIds.get(name);
        HttpResponse<byte[]> single = alice.bytes(path);
        assertEquals(200, single.statusCode());
        assertArrayEquals(archivedFiles.get(name), single.body());
        HttpResponse<byte[]> singleTail = alice.bytes(path, "Range", "bytes=3-");
        assertEquals(206, singleTail.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(archivedFiles.get(name), 3, archivedFiles.get(name).length),
                singleTail.body());

        // "Download this dataset" from its page: a second download, of the dataset alone.
        String token = alice.formToken(PORTAL);
        alice.post(PORTAL + "/downloads/prepare", Map.of("token", token, "kind", "dataset", "id", Long.toString(archivedDataset)));
        assertTrue(alice.html().contains("Dataset: Ti64_annealed_0001"), alice.html());
        assertEquals(2, count(alice.html(), "class=\"download\""), alice.html());
    }

    @Test
    @Order(3)
    void bobSeesAndFetchesNoneOfAlicesDownloadsOrFiles() throws Exception {
        PortalVisitor bob = new PortalVisitor();
        bob.logIn(PORTAL, "bob");
        bob.open(PORTAL + "/downloads.xhtml");
        assertFalse(bob.html().contains("ti64-cart"), bob.html());
        bob.open(PORTAL + "/downloads/status");
        for (JsonValue row : Json.createReader(new StringReader(bob.html())).readArray()) {
            assertFalse(((JsonObject) row).getJsonNumber("id").longValue() == aliceDownload, bob.html());
        }
        assertEquals(404, bob.bytes(PORTAL + "/downloads/file?id=" + aliceDownload).statusCode());
        long file = archivedFileIds.values().iterator().next();
        assertEquals(404, bob.bytes(PORTAL + "/files/get?id=" + file).statusCode());
        String token = bob.formToken(PORTAL);
        bob.post(PORTAL + "/cart/add", Map.of("token", token, "kind", "dataset", "id", Long.toString(archivedDataset)));
        assertTrue(bob.html().contains("that you may read"), bob.html());
        bob.post(PORTAL + "/downloads/prepare", Map.of("token", token, "kind", "dataset", "id", Long.toString(archivedDataset)));
        assertEquals(404, bob.lastStatus(), bob.html());
    }

    @Test
    @Order(4)
    void hostileIdsAndTokensAreRefusedWithTheThemedPage() throws Exception {
        PortalVisitor alice = new PortalVisitor();
        alice.logIn(PORTAL, "alice");
        String token = alice.formToken(PORTAL);
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("kind=dataset&id=1", 403); // no token
        expected.put("token=forged&kind=dataset&id=1", 403);
        expected.put("token=" + token + "&kind=project&id=1", 400);
        expected.put("token=" + token + "&kind=dataset&id=-1", 400);
        expected.put("token=" + token + "&kind=dataset&id=0", 400);
        expected.put("token=" + token + "&kind=dataset&id=99999999999999999999", 400);
        expected.put("token=" + token + "&kind=dataset&id=1%27%20OR%201=1", 400);
        expected.put("token=" + token + "&kind=dataset", 400);
        for (var e : expected.entrySet()) {
            for (String target : new String[] {"/cart/add", "/downloads/prepare"}) {
                HttpResponse<String> answer = alice.raw("POST", PORTAL + target, e.getKey());
                assertEquals(e.getValue(), answer.statusCode(), target + " " + e.getKey());
                themed(answer);
            }
        }
        assertEquals(405, alice.raw("GET", PORTAL + "/cart/add", null).statusCode());
        for (String path : new String[] {"/downloads/file?id=abc", "/downloads/file?id=", "/downloads/file",
                "/downloads/file?id=999999999", "/files/get?id=x", "/files/get?id=999999999999",
                "/files/get?id=%00", "/downloads/file?id=1%0d%0aX:y"}) {
            HttpResponse<String> answer = alice.raw("GET", PORTAL + path, null);
            assertTrue(answer.statusCode() == 400 || answer.statusCode() == 404, path + " " + answer.statusCode());
            themed(answer);
        }
        // Logged out: no writes, no reads.
        PortalVisitor nobody = new PortalVisitor();
        HttpResponse<String> add = nobody.raw("POST", PORTAL + "/cart/add", "token=x&kind=dataset&id=1");
        assertEquals(302, add.statusCode(), "to the login page");
        assertEquals(302, nobody.raw("GET", PORTAL + "/downloads/file?id=" + aliceDownload, null).statusCode());
    }

    private static void themed(HttpResponse<String> answer) {
        assertTrue(answer.body().contains("beamcat.css"), "the themed error page: " + answer.body());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("Payara"), answer.body());
    }

    private static String awaitState(PortalVisitor visitor, long id, String wanted, Duration patience) throws Exception {
        Instant until = Instant.now().plus(patience);
        String state = "";
        while (Instant.now().isBefore(until)) {
            visitor.open(PORTAL + "/downloads/status");
            JsonArray rows = Json.createReader(new StringReader(visitor.html())).readArray();
            for (JsonValue row : rows) {
                JsonObject o = (JsonObject) row;
                if (o.getJsonNumber("id").longValue() == id) {
                    state = o.getString("state");
                }
            }
            if (state.equals(wanted)) {
                return state;
            }
            Thread.sleep(1000);
        }
        return state;
    }

    private static void readFiles(String root) throws Exception {
        archivedFiles = new TreeMap<>();
        archivedFileIds = new TreeMap<>();
        for (JsonValue row : DemoCatalogueFixture.ICAT.search(root,
                "SELECT df.id, df.name, df.location FROM Datafile df WHERE df.dataset.id = " + archivedDataset)) {
            JsonArray r = row.asJsonArray();
            archivedFiles.put(r.getString(1), Files.readAllBytes(DATA_ROOT.resolve(r.getString(2))));
            archivedFileIds.put(r.getString(1), r.getJsonNumber(0).longValue());
        }
        assertEquals(5, archivedFiles.size(), archivedFiles.keySet().toString());
    }

    /** A dataset of six catalogue-only files in alice's MA-4321: five in the cart plus six is over ten. */
    private static long sixFileDataset(String root) throws Exception {
        long investigation = DoiJobRuns.first(root, "SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'");
        long type = DoiJobRuns.first(root, "SELECT t.id FROM DatasetType t ORDER BY t.id");
        var files = Json.createArrayBuilder();
        for (int i = 0; i < 6; i++) {
            files.add(Json.createObjectBuilder().add("name", "limit_" + i + ".h5").add("fileSize", 10));
        }
        return DemoCatalogueFixture.ICAT.write(root, List.of(Json.createObjectBuilder().add("Dataset",
                Json.createObjectBuilder().add("name", "cart_limit_" + System.currentTimeMillis())
                        .add("investigation", Json.createObjectBuilder().add("id", investigation))
                        .add("type", Json.createObjectBuilder().add("id", type)).add("datafiles", files)).build())).get(0);
    }

    private static String textOf(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static int count(String html, String text) {
        int n = 0;
        for (int i = html.indexOf(text); i >= 0; i = html.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    /** Files back online at the two-level IDS, the six-file dataset gone: the demo as the next class expects it. */
    @AfterAll
    static void putTheDemoBack() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        if (archivedDataset != 0) {
            IDS.noContent("restore", Map.of("sessionId", root, "datasetIds", Long.toString(archivedDataset)));
            IDS.awaitQueueEmpty(root);
        }
        if (limitDataset != null) {
            DemoCatalogueFixture.ICAT.delete(root, List.of(new EntityRef("Dataset", limitDataset)));
        }
    }
}
