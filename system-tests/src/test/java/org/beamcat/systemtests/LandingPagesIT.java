package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Landing pages of every kind on the real domain ({@link DoiLandingFixture}): an open session whose files
 * download through the IDS as an anonymous visitor, an embargoed one, a withdrawn one (tombstone, 410), data
 * collections with 120 datasets in pages of 50, every export by content negotiation and by link (406 for
 * other types), and the JSON-LD a dataset search engine reads, from the DOM headless chromium renders.
 */
@ExtendWith(ArquillianExtension.class)
class LandingPagesIT extends DeployedBeamCat {

    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @RegisterExtension
    static final DoiLandingFixturePerClass FIXTURE = new DoiLandingFixturePerClass();

    private static HttpResponse<byte[]> fetch(String pathOrUrl) throws Exception {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : Http.BASE.resolve(pathOrUrl);
        return NO_REDIRECTS.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void anOpenSessionDownloadsThroughTheIdsAsAnonymous() throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        HttpResponse<String> page = Http.get("/doi/" + f.openDoi);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"download-all\" rel=\"nofollow\" href=\"/doi/download/" + f.openDoi + "\""), page.body());
        assertTrue(page.body().contains("The embargo ended on 2018-01-03"), page.body());
        assertFalse(page.body().contains("id=\"embargo\""), page.body());
        assertTrue(page.body().contains("Alice"), "members are the creators: " + page.body());
        assertEquals(2, count(page.body(), "class=\"download\""), page.body());

        HttpResponse<byte[]> redirect = fetch("/doi/download/" + f.openDoi);
        assertEquals(303, redirect.statusCode(), new String(redirect.body()));
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(Http.BASE + "/ids/getData?preparedId="), location);
        assertFalse(location.contains("sessionId"), "no session id in a link that ends up in browser history");
        HttpResponse<byte[]> zip = fetch(location);
        assertEquals(200, zip.statusCode(), new String(zip.body()));
        Map<String, byte[]> entries = unzip(zip.body());
        assertEquals(2, entries.size(), entries.keySet().toString());
        assertTrue(entries.keySet().stream().anyMatch(n -> n.endsWith("scan_a/data.txt")), entries.keySet().toString());
        assertArrayEquals(DoiLandingFixture.FILE_A, entries.entrySet().stream()
                .filter(e -> e.getKey().endsWith("scan_a/data.txt")).findFirst().orElseThrow().getValue());

        long scanB = f.openDatasets.get(0);
        HttpResponse<byte[]> one = fetch(fetch("/doi/download/" + f.openDoi + "?dataset=" + scanB).headers()
                .firstValue("Location").orElseThrow());
        Map<String, byte[]> single = unzip(one.body());
        assertEquals(1, single.size(), single.keySet().toString());
        assertArrayEquals(DoiLandingFixture.FILE_B, single.values().iterator().next());

        HttpResponse<byte[]> collection = fetch("/doi/download/" + f.openCollectionDoi);
        assertEquals(303, collection.statusCode(), new String(collection.body()));
        assertEquals(2, unzip(fetch(collection.headers().firstValue("Location").orElseThrow()).body()).size());
    }

    @Test
    void downloadRefusalsAreTypedAndChangeNothing() throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        HttpResponse<byte[]> embargoed = fetch("/doi/download/" + f.embargoedDoi);
        assertEquals(403, embargoed.statusCode());
        assertTrue(new String(embargoed.body()).contains("under embargo until " + f.embargoedEnd.plusYears(3)),
                new String(embargoed.body()));
        assertEquals(410, fetch("/doi/download/" + f.withdrawnDoi).statusCode());
        HttpResponse<byte[]> unopened = fetch("/doi/download/" + f.unopenedDoi);
        assertEquals(503, unopened.statusCode(), "the IDS, not the page, decides: no rule opens these data yet");
        assertTrue(new String(unopened.body()).contains("readable anonymously yet"), new String(unopened.body()));
        assertEquals(404, fetch("/doi/download/10.5072/IT-NOTHING-HERE").statusCode());
        long otherDataset = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT ds.id FROM Dataset ds WHERE ds.investigation.name = 'MA-4321' ORDER BY ds.id").getJsonNumber(0).longValue();
        HttpResponse<byte[]> foreign = fetch("/doi/download/" + f.openDoi + "?dataset=" + otherDataset);
        assertEquals(404, foreign.statusCode(), "a dataset of another investigation is not downloadable through this DOI");
        assertEquals(404, fetch("/doi/download/" + f.openDoi + "?dataset=abc").statusCode());
        String anon = DemoCatalogueFixture.ICAT.login("anon", Map.of());
        assertEquals(0L, DemoCatalogueFixture.ICAT.search(anon, "SELECT COUNT(i) FROM Investigation i WHERE i.id = "
                + f.embargoedInvestigation).getJsonNumber(0).longValue(), "embargoed data stay private in the catalogue");
    }

    @Test
    void anEmbargoedSessionSaysUntilWhen() throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        HttpResponse<String> page = Http.get("/doi/" + f.embargoedDoi);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("under embargo until " + f.embargoedEnd.plusYears(3)), page.body());
        assertFalse(page.body().contains("download-all"), page.body());
        assertFalse(page.body().contains("class=\"download\""), page.body());
    }

    /**
     * A page view calls the catalogue over HTTP on the same server: with too few HTTP workers (Payara's
     * default pool has 5) concurrent views hold them all while their own catalogue calls wait, and none
     * completes. Far more visitors at once than that default must all get their page.
     */
    @Test
    void manyVisitorsAtOnceAllGetThePage() throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        int visitors = 24;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> views = new java.util.ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            views.add(client.sendAsync(HttpRequest.newBuilder(Http.BASE.resolve("/doi/" + f.embargoedDoi))
                    .timeout(Duration.ofSeconds(90)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (var view : views) {
            HttpResponse<String> page = view.get();
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("under embargo until"), page.body());
        }
    }

    @Test
    void aWithdrawnDoiIsATombstoneThatKeepsTheCitation() throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        HttpResponse<String> page = Http.get("/doi/" + f.withdrawnDoi);
        assertEquals(410, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("id=\"withdrawn-reason\">" + DoiLandingFixture.WITHDRAWAL_REASON), html);
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\""), html);
        assertTrue(html.contains("id=\"citation\""), html);
        assertTrue(html.contains(f.withdrawnDoi), html);
        assertFalse(html.contains("download"), html);
        assertFalse(html.contains("id=\"datasets\""), html);
        JsonObject ld = JsonLd.in(html);
        assertEquals("Withdrawn", ld.getString("creativeWorkStatus"));
        assertFalse(ld.containsKey("distribution"));
        assertFalse(ld.containsKey("keywords"));
        HttpResponse<String> bibtex = Http.get("/doi/" + f.withdrawnDoi, "Accept", "application/x-bibtex");
        assertEquals(200, bibtex.statusCode(), "the citation of a withdrawn DOI stays exportable");
    }

    @Test
    void aDataCollectionListsItsDatasetsInPagesWithAggregates() throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        String path = "/doi/" + f.collectionDoi;
        HttpResponse<String> first = Http.get(path);
        assertEquals(200, first.statusCode(), first.body());
        String html = first.body();
        assertTrue(html.contains("<h1 id=\"title\">" + DoiLandingFixture.TITLE + "</h1>"), html);
        assertTrue(html.contains(DoiLandingFixture.ABSTRACT), html);
        assertTrue(html.contains("Ada Lovelace") && html.contains("https://orcid.org/0000-0002-9183-7206"), html);
        assertTrue(html.contains("Datacollection"), html);
        assertTrue(html.contains("id=\"dataset-count\">120<"), html);
        assertTrue(html.contains("id=\"file-count\">240<"), html);
        assertTrue(html.contains("id=\"total-size\">360 kB<"), html);
        assertTrue(html.contains("id=\"page-count\">3<"), html);
        assertEquals(50, count(html, "class=\"dataset\""), html);
        assertTrue(html.contains("<td class=\"name\">series_001</td><td class=\"number files\">2</td><td class=\"number size\">3.0 kB</td>"), html);
        assertTrue(html.contains("under embargo until " + f.embargoedEnd.plusYears(3)), html);
        assertTrue(html.contains("href=\"?page=2\""), html);

        String third = Http.get(path + "?page=3").body();
        assertEquals(20, count(third, "class=\"dataset\""), third);
        assertTrue(third.contains("series_120") && !third.contains("series_100<"), third);
        assertTrue(third.contains("href=\"?page=2\"") && !third.contains("id=\"next-page\""), third);
        assertEquals(404, Http.get(path + "?page=4").statusCode());
        assertEquals(404, Http.get(path + "?page=0").statusCode());
        assertEquals(404, Http.get(path + "?page=x").statusCode());
    }

    @Test
    void everyExportByNegotiationAndByLink() throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        String path = "/doi/" + f.collectionDoi;
        HttpResponse<String> xml = Http.get(path, "Accept", "application/vnd.datacite.datacite+xml");
        assertEquals(200, xml.statusCode(), xml.body());
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.datacite.datacite+xml"));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("../landing-war/src/test/resources/datacite/kernel-4.6-beamcat.xsd").toFile())
                .newValidator().validate(new StreamSource(new StringReader(xml.body())));
        assertTrue(xml.body().contains("<title>" + DoiLandingFixture.TITLE + "</title>"), xml.body());
        assertEquals(xml.body(), Http.get(path + "?format=datacite-xml").body());

        HttpResponse<String> csl = Http.get(path, "Accept", "application/vnd.citationstyles.csl+json");
        assertEquals(200, csl.statusCode(), csl.body());
        JsonObject item = Http.json(csl);
        assertEquals("dataset", item.getString("type"));
        assertEquals(f.collectionDoi, item.getString("DOI"));
        assertEquals("Lovelace", item.getJsonArray("author").getJsonObject(0).getString("family"));

        HttpResponse<String> bibtex = Http.get(path, "Accept", "application/x-bibtex");
        assertTrue(bibtex.body().contains("author = {Lovelace, Ada and Babbage, Charles}"), bibtex.body());
        HttpResponse<String> ris = Http.get(path, "Accept", "application/x-research-info-systems");
        assertTrue(ris.body().contains("AU  - Babbage, Charles\n") && ris.body().endsWith("ER  - \n"), ris.body());
        HttpResponse<String> ld = Http.get(path, "Accept", "application/vnd.schemaorg.ld+json");
        assertEquals(DoiLandingFixture.TITLE, Http.json(ld).getString("name"));

        HttpResponse<String> refused = Http.get(path, "Accept", "application/pdf");
        assertEquals(406, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("application/vnd.datacite.datacite+xml"), refused.body());
        assertEquals(200, Http.get(path, "Accept", "application/pdf, */*;q=0.1").statusCode());

        String html = Http.get(path).body();
        for (String format : List.of("bibtex", "ris", "csl-json", "datacite-xml", "datacite-json", "json-ld")) {
            assertTrue(html.contains("href=\"?format=" + format + "\""), format + " is linked from the page");
            HttpResponse<String> link = Http.get(path + "?format=" + format);
            assertEquals(200, link.statusCode(), format);
            assertTrue(link.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), format);
        }
    }

    /** The schema.org Dataset fields dataset search engines read, from the DOM chromium renders. */
    private static JsonObject renderedDataset(String doi) throws Exception {
        String dom = HeadlessChromium.dumpDom(Http.BASE + "/doi/" + doi);
        JsonObject ld = JsonLd.in(dom);
        assertEquals("https://schema.org", ld.getString("@context"));
        assertEquals("Dataset", ld.getString("@type"));
        assertEquals("https://doi.org/" + doi, ld.getString("@id"));
        assertEquals("doi:" + doi, ld.getJsonObject("identifier").getString("value"));
        assertFalse(ld.getString("name").isBlank());
        assertTrue(ld.getString("description").length() >= 50, ld.toString());
        assertFalse(ld.getJsonArray("creator").isEmpty(), ld.toString());
        assertTrue(ld.getString("datePublished").matches("\\d{4}"), ld.toString());
        assertEquals("Organization", ld.getJsonObject("publisher").getString("@type"));
        return ld;
    }

    @Test
    void chromiumRendersEveryVariantWithItsJsonLd() throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed (test.sh installs it when run as root)");

        JsonObject embargoed = renderedDataset(f.embargoedDoi);
        assertFalse(embargoed.getBoolean("isAccessibleForFree"));
        assertFalse(embargoed.containsKey("distribution"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", embargoed.getString("license"));

        JsonObject open = renderedDataset(f.openDoi);
        assertTrue(open.getBoolean("isAccessibleForFree"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", open.getString("license"));
        JsonObject download = open.getJsonArray("distribution").getJsonObject(0);
        assertEquals("DataDownload", download.getString("@type"));
        assertEquals(Http.BASE + "/doi/download/" + f.openDoi, download.getString("contentUrl"));
        assertEquals(303, fetch(download.getString("contentUrl")).statusCode(), "the distribution link works");

        JsonObject tombstone = renderedDataset(f.withdrawnDoi);
        assertEquals("Withdrawn", tombstone.getString("creativeWorkStatus"));
        assertFalse(tombstone.getBoolean("isAccessibleForFree"));
        assertFalse(tombstone.containsKey("distribution"));

        JsonObject collection = renderedDataset(f.collectionDoi);
        assertEquals(DoiLandingFixture.TITLE, collection.getString("name"));
        assertEquals(DoiLandingFixture.ABSTRACT, collection.getString("description"));
        assertEquals("https://orcid.org/0000-0002-9183-7206", collection.getJsonArray("creator").getJsonObject(0).getString("@id"));
        assertEquals("Datacollection", collection.getString("additionalType"));
        assertFalse(collection.getBoolean("isAccessibleForFree"));
    }
}
