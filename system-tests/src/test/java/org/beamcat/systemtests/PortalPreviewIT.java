package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The dataset page's NeXus preview in the deployed portal (docs/portal.md, "Look before you download"). Two datasets
 * of bob's ES-1234 are ingested through the real ingestion path (test.sh converts SPEC and EDF files on ID16A, and
 * ingestion writes the master file linking the conversions): a SPEC scan (a line plot) and an EDF stack of three
 * frames (an image per frame). Bob, logged in over HTTP and in headless Chromium, sees the tree and a PNG that
 * decodes; alice's dataset is refused exactly as a dataset that does not exist, on the page and the image;
 * hostile ids and frames are 400. For "archived", a two-level IDS at /ids-pview (sharing the test data root) archives
 * the stack, and a second copy of the portal at /portal-pview, configured to ask that IDS, says the dataset is
 * archived, where the EAR's portal (single-level /ids) says its master file is not in storage.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalPreviewIT extends DeployedBeamCat {

    private static final Path DATA_ROOT = Path.of(System.getProperty("it.data.root", "target/it-data")).toAbsolutePath();
    private static final Path ARCHIVE = fresh(DATA_ROOT.resolveSibling(DATA_ROOT.getFileName() + "-pview-archive"));
    private static final Path CACHE = fresh(DATA_ROOT.resolveSibling(DATA_ROOT.getFileName() + "-pview-ids-cache"));
    private static final String TWO_LEVEL_IDS = "ids-pview";
    private static final String TWO_LEVEL_PORTAL = "portal-pview";
    private static final IdsCalls IDS = new IdsCalls("/" + TWO_LEVEL_IDS);
    private static final IngestCleanup CLEANUP = new IngestCleanup();
    private static final int FRAMES = 3;

    private static long scan;
    private static long stack;
    private static String stackFolder;

    @Deployment(name = TWO_LEVEL_IDS, order = 3, testable = false)
    static WebArchive twoLevelIds() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("beamcat.data-root", DATA_ROOT.toString());
        settings.put("beamcat.ids.archive-root", ARCHIVE.toString());
        settings.put("beamcat.ids.cache-dir", CACHE.toString());
        settings.put("beamcat.ids.queue.interval-seconds", "1");
        return IdsWar.withSettings(TWO_LEVEL_IDS, settings);
    }

    /** The EAR's portal on its own, with the EAR's libraries, asking the two-level IDS for storage states. */
    @Deployment(name = TWO_LEVEL_PORTAL, order = 4, testable = false)
    static WebArchive portalOverTwoLevelIds() {
        return PortalWar.withSettings(TWO_LEVEL_PORTAL, Map.of("beamcat.portal.ids-url", Http.BASE + "/" + TWO_LEVEL_IDS));
    }

    @BeforeAll
    static void ingestTwoDatasetsOfBob() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        scan = ingest("pview_scan_" + unique, false);
        stackFolder = "pview_stack_" + unique;
        stack = ingest(stackFolder, true);
    }

    @AfterAll
    static void removeThem() throws Exception {
        CLEANUP.run();
    }

    @Test
    @Order(1)
    void aMemberSeesTheTreeAndADecodableLinePlotOfHisScan() throws Exception {
        FacesBrowser bob = logIn("", "bob");
        HttpResponse<String> page = bob.open("/dataset.xhtml?id=" + scan);
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("id=\"preview-tree\""), html);
        for (String expected : new String[] {"NXroot", "NXentry", "data_files", "scan_spec_h5", "NXdata"}) {
            assertTrue(html.contains(expected), expected + " in the tree: " + html);
        }
        assertTrue(html.contains("src=\"/preview/plot.png?dataset=" + scan + "\""), html);
        assertTrue(html.contains("Line plot of "), html);
        // the master file records its folder (NXentry/folder_path, as the message named it): the file's content;
        // no other server path reaches the page
        String folder = DATA_ROOT.resolve(folderOf(scan)).toString();
        assertTrue(html.contains(folder), "folder_path in the tree");
        assertFalse(html.replace(folder, "").contains(DATA_ROOT.toString()), "no other server path on the page");

        BufferedImage plot = png(bob.bytes("/preview/plot.png?dataset=" + scan));
        assertEquals(640, plot.getWidth());
        assertEquals(420, plot.getHeight());
    }

    @Test
    @Order(2)
    void aStackIsAnImageOfTheFrameAskedAndAFrameOutsideItIsExplained() throws Exception {
        FacesBrowser bob = logIn("", "bob");
        String html = bob.open("/dataset.xhtml?id=" + stack + "&frame=2").body();
        assertTrue(html.contains("id=\"preview-frame-form\""), "frames can be chosen: " + html);
        assertTrue(html.contains("src=\"/preview/plot.png?dataset=" + stack + "&amp;frame=2\""), html);
        assertTrue(html.contains("Image of "), html);
        png(bob.bytes("/preview/plot.png?dataset=" + stack + "&frame=2"));
        assertNotEquals(java.util.Arrays.toString(bob.bytes("/preview/plot.png?dataset=" + stack + "&frame=0").body()),
                java.util.Arrays.toString(bob.bytes("/preview/plot.png?dataset=" + stack + "&frame=2").body()),
                "frames 0 and 2 hold different values");

        HttpResponse<String> outside = bob.open("/dataset.xhtml?id=" + stack + "&frame=" + FRAMES);
        assertEquals(200, outside.statusCode(), "the page still shows, with the reason");
        assertTrue(outside.body().contains("id=\"preview-plot-message\"") && outside.body().contains("no such frame"),
                outside.body());
        assertEquals(404, bob.bytes("/preview/plot.png?dataset=" + stack + "&frame=" + FRAMES).statusCode());
    }

    @Test
    @Order(3)
    void anotherProposalsDatasetIsRefusedExactlyAsOneThatDoesNotExist() throws Exception {
        FacesBrowser bob = logIn("", "bob");
        long alices = DoiJobRuns.first(DemoCatalogueFixture.login("root"),
                "SELECT ds.id FROM Dataset ds WHERE ds.name = 'Ti64_as_built_0001' AND ds.investigation.name = 'MA-4321'");
        long none = 987_654_321_987L;
        for (String path : new String[] {"/dataset.xhtml?id=", "/preview/plot.png?dataset="}) {
            HttpResponse<byte[]> theirs = bob.bytes(path + alices);
            HttpResponse<byte[]> missing = bob.bytes(path + none);
            assertEquals(404, theirs.statusCode(), path);
            assertEquals(404, missing.statusCode(), path);
            assertEquals(withoutRequestId(missing), withoutRequestId(theirs), "nothing tells the two apart: " + path);
            assertFalse(withoutRequestId(theirs).contains("Ti64"), path);
        }
    }

    @Test
    @Order(4)
    void hostileIdsAndFramesAre400AndNoOneLoggedOutGetsAnImage() throws Exception {
        FacesBrowser bob = logIn("", "bob");
        String[] queries = {"", "dataset=", "dataset=abc", "dataset=-1", "dataset=0", "dataset=1e9", "dataset=01",
            "dataset=..%2F..%2Fetc%2Fpasswd", "dataset=%00", "dataset=99999999999999999999999", "dataset=1&dataset=2",
            "path=%2Fetc%2Fpasswd", "dataset=" + scan + "&frame=-1", "dataset=" + scan + "&frame=x",
            "dataset=" + scan + "&frame=99999999999", "dataset=" + scan + "&frame=1&frame=2",
            "dataset=" + scan + "%20OR%201=1"};
        for (String query : queries) {
            HttpResponse<byte[]> answer = bob.bytes("/preview/plot.png?" + query);
            assertEquals(400, answer.statusCode(), query);
            assertFalse(answer.headers().firstValue("Content-Type").orElse("").startsWith("image/"), query);
        }
        for (String frame : new String[] {"abc", "-5", "1.5", "%27"}) {
            assertEquals(400, bob.bytes("/dataset.xhtml?id=" + scan + "&frame=" + frame).statusCode(), frame);
        }
        HttpResponse<String> anonymous = Http.get("/preview/plot.png?dataset=" + scan);
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, "to the login page: "
                + anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    @Order(5)
    void thePageInARealBrowserShowsTheTreeAndThePlot(Browser browser) {
        browser.open("/login.xhtml");
        browser.byId("login-simple:username").sendKeys("bob");
        browser.byId("login-simple:password").sendKeys("bob");
        browser.byId("login-simple:login-button").click();
        browser.waitUntil(driver -> !driver.getCurrentUrl().contains("login"), 30);
        browser.open("/dataset.xhtml?id=" + scan);
        assertEquals(200, browser.pageStatus());
        Object width = browser.waitUntil(driver -> browser.script("var i = document.getElementById('preview-plot-image');"
                + " return i && i.complete && i.naturalWidth > 0 ? i.naturalWidth : null;"), 30);
        assertEquals(640L, ((Number) width).longValue(), "the browser decoded the plot");
        assertTrue(browser.findAll(By.cssSelector("#preview-tree tbody tr")).size() > 5, "the tree's rows");
        browser.screenshot("dataset-preview");
    }

    @Test
    @Order(6)
    void anArchivedDatasetSaysSo() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        Http.awaitStatus("/" + TWO_LEVEL_IDS + "/ping", 200, Duration.ofSeconds(60));
        IDS.noContent("archive", Map.of("sessionId", root, "datasetIds", Long.toString(stack)));
        IDS.awaitText("getStatus?sessionId=" + root + "&datasetIds=" + stack, "ARCHIVED");
        Path master = DATA_ROOT.resolve(folderOf(stack)).resolve(stackFolder + "_0001_master.h5");
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (Files.exists(master) && System.nanoTime() < until) {
            Thread.sleep(500);
        }
        assertFalse(Files.exists(master), "the master file left main storage");

        FacesBrowser bob = logIn("/" + TWO_LEVEL_PORTAL, "bob");
        HttpResponse<String> page = bob.open("/" + TWO_LEVEL_PORTAL + "/dataset.xhtml?id=" + stack);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"preview-message\""), page.body());
        assertTrue(page.body().contains("This dataset is archived"), page.body());
        assertEquals(404, bob.bytes("/" + TWO_LEVEL_PORTAL + "/preview/plot.png?dataset=" + stack).statusCode());

        FacesBrowser atTheFrontDoor = logIn("", "bob");
        String html = atTheFrontDoor.open("/dataset.xhtml?id=" + stack).body();
        assertTrue(html.contains("is not in storage at the moment"), "single-level /ids knows no archive: " + html);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static FacesBrowser logIn(String context, String user) throws Exception {
        FacesBrowser browser = new FacesBrowser();
        Http.awaitStatus(context + "/login.xhtml", 200, Duration.ofSeconds(60));
        browser.open(context + "/login.xhtml");
        HttpResponse<String> after = browser.submit("login-simple", "login-button",
                FacesBrowser.fields("username", user, "password", user));
        assertEquals(200, after.statusCode(), after.body());
        assertFalse(after.uri().getPath().endsWith("/login.xhtml"), "logged in: " + after.uri());
        return browser;
    }

    private static BufferedImage png(HttpResponse<byte[]> response) throws IOException {
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertNotNull(image, "the PNG decodes");
        return image;
    }

    private static String withoutRequestId(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String id = response.headers().firstValue("X-Request-Id").orElse("");
        return id.isEmpty() ? body : body.replace(id, "<request id>");
    }

    private static long ingest(String sample, boolean stackOfFrames) throws Exception {
        Path folder = Files.createDirectories(DATA_ROOT.resolve("id16a/ES-1234").resolve(sample).resolve(sample + "_0001"));
        String location = DATA_ROOT.relativize(folder).toString();
        CLEANUP.dataset(location, sample);
        if (stackOfFrames) {
            Files.write(folder.resolve("frames.edf"), edf(FRAMES));
        } else {
            Files.writeString(folder.resolve("scan.spec"), SPEC, StandardCharsets.ISO_8859_1);
        }
        String xml = IngestProbe.datasetXml("ES-1234", "ID16A", sample + "_0001", folder, sample, "")
                .replace("2026-03-13T", "2026-05-06T");
        assertEquals(202, IngestProbe.postDataset(xml, "application/xml").statusCode());
        long dataset = IngestProbe.awaitDataset(location);
        // the original, its conversion, the master file
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 3);
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset
                + " AND df.name = '" + sample + "_0001_master.h5'", 1);
        return dataset;
    }

    private static String folderOf(long dataset) throws Exception {
        return DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT ds.location FROM Dataset ds WHERE ds.id = " + dataset).getString(0);
    }

    private static Path fresh(Path folder) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String SPEC = """
            #F /data/visitor/es1234/id16a/scan.spec
            #E 1778050800
            #D Wed May  6 10:00:00 2026
            #O0 samx  samy

            #S 12  dscan  samy -0.5 0.5 4 0.2
            #D Wed May  6 10:01:08 2026
            #P0 0.1 0
            #N 5
            #L samy  Epoch  Seconds  mon  pico1
            -0.5 1868 0.2 10001 12
            -0.25 1868.4 0.2 10010 18
            0 1868.8 0.2 9995 150
            0.25 1869.2 0.2 10003 20
            0.5 1869.6 0.2 9999 11

            """;

    /** An EDF file of unsigned 16-bit frames of 6 x 4, each with its own pattern (colours are scaled per frame). */
    private static byte[] edf(int frames) {
        int dim1 = 6;
        int dim2 = 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int frame = 0; frame < frames; frame++) {
            StringBuilder header = new StringBuilder("{\nHeaderID = EH:00000" + (frame + 1) + ":000000:000000 ;\n"
                    + "Image = " + (frame + 1) + " ;\nByteOrder = LowByteFirst ;\nDataType = UnsignedShort ;\n"
                    + "Dim_1 = " + dim1 + " ;\nDim_2 = " + dim2 + " ;\nSize = " + dim1 * dim2 * 2 + " ;\n");
            int length = header.length() + 2;
            header.append(" ".repeat((length + 511) / 512 * 512 - length)).append("}\n");
            out.writeBytes(header.toString().getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer data = ByteBuffer.allocate(dim1 * dim2 * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < dim1 * dim2; i++) {
                data.putShort((short) (i * (2 * frame + 1) % (dim1 * dim2))); // frame 0 a ramp, others scrambled
            }
            out.writeBytes(data.array());
        }
        return out.toByteArray();
    }
}
