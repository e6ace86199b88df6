package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data-collection DOIs through the page, in a browser without JavaScript (plain form posts with the
 * page's view state and the HTTP session cookie), on the demo facility with the offline registrar:
 * login, the member's investigations only, per-field problems, the DataCollection written with the
 * DOI on it; then withdrawal by root (POST /doi/admin/withdraw) and its refusals.
 */
@ExtendWith(ArquillianExtension.class)
class DataCollectionDoiIT extends DeployedBeamCat {

    private static final String PAGE = "/doi/mint-collection.xhtml";
    private static final String VALID_ORCID = "0000-0002-9183-7206";


    /** Investigations this class wrote (with their datasets), deleted after the collections. */
    private static final List<Long> investigationsWritten = new ArrayList<>();

    /**
     * The collections this class wrote are deleted afterwards, then its investigations: other classes share
     * the catalogue.
     */
    @AfterAll
    static void deleteCollectionsThenInvestigations() throws Exception {
        deleteCollections();
        String root = DemoCatalogueFixture.login("root");
        for (long id : investigationsWritten) {
            DemoCatalogueFixture.ICAT.delete(root, List.of(new org.beamcat.icat.client.EntityRef("Investigation", id)));
        }
    }

    private static void deleteCollections() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        List<org.beamcat.icat.client.EntityRef> written = new ArrayList<>();
        for (JsonValue id : DemoCatalogueFixture.ICAT.search(root,
                "SELECT dc.id FROM DataCollection dc WHERE dc.id > " + collectionsBefore)) {
            written.add(new org.beamcat.icat.client.EntityRef("DataCollection", ((jakarta.json.JsonNumber) id).longValue()));
        }
        if (!written.isEmpty()) {
            DemoCatalogueFixture.ICAT.delete(root, written);
        }
    }

    private static long collectionsBefore = Long.MAX_VALUE;

    @BeforeEach
    void demoFacility() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        if (collectionsBefore == Long.MAX_VALUE) {
            JsonArray max = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                    "SELECT MAX(dc.id) FROM DataCollection dc");
            collectionsBefore = max.isNull(0) ? 0 : max.getJsonNumber(0).longValue();
        }
    }

    private static long collections() throws Exception {
        return DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT COUNT(dc) FROM DataCollection dc").getJsonNumber(0).longValue();
    }

    private static long investigationId(String name) throws Exception {
        return DoiJobRuns.first(DemoCatalogueFixture.login("root"),
                "SELECT i.id FROM Investigation i WHERE i.name = '" + name + "'");
    }

    private static FacesBrowser loggedIn(String user) throws Exception {
        FacesBrowser browser = new FacesBrowser();
        assertEquals(200, browser.open(PAGE).statusCode(), browser.html());
        browser.submit("login", "submit", FacesBrowser.fields("plugin", "simple", "username", user, "password", user));
        assertEquals("simple/" + user, browser.textOf("user"), browser.html());
        return browser;
    }

    private static List<String> checkboxValues(String html) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("name=\"mint:datasets\"[^>]*value=\"(\\d+)\"").matcher(html);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static Map<String, List<String>> form(String investigation, List<String> datasets, String abstractText,
            String orcid) {
        Map<String, List<String>> fields = FacesBrowser.fields("investigation", investigation,
                "title", "Strain maps of printed Ti-6Al-4V", "abstract", abstractText,
                "authors:0:given", "Alice", "authors:0:family", "Lovelace", "authors:0:orcid", orcid,
                "authors:0:affiliation", "ESRF");
        fields.put("datasets", datasets);
        return fields;
    }

    /** Ids of the boxes ticked on the page shown. */
    private static List<String> checkedValues(String html) {
        List<String> values = new ArrayList<>();
        Matcher input = Pattern.compile("<input[^>]*name=\"mint:datasets\"[^>]*>").matcher(html);
        while (input.find()) {
            Matcher value = Pattern.compile("value=\"(\\d+)\"").matcher(input.group());
            if (input.group().contains("checked") && value.find()) {
                values.add(value.group(1));
            }
        }
        return values;
    }

    /** Names of the datasets listed on the page shown, in order. */
    private static List<String> listedNames(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<label[^>]*for=\"mint:datasets:\\d+\"[^>]*>\\s*([^<]*?)\\s*</label>").matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * An investigation of alice's with 230 datasets (more than two pages of 100), written in one bulk call:
     * she pages through them, filters by name, and ticks datasets on different pages; the selection is kept
     * across pages and filters, and the collection holds exactly what she ticked.
     */
    /** Root sees every investigation; past the first 500 by name, a filter on the proposal name finds the rest. */
    @Test
    void theInvestigationListIsFilteredByProposalName() throws Exception {
        FacesBrowser browser = loggedIn("root");
        assertTrue(browser.html().contains(">MA-4321 ") && browser.html().contains(">ES-1234 "), browser.html());

        browser.submit("mint", "filter-investigations", FacesBrowser.fields("investigation-filter", "ma-43"));
        String html = browser.html();
        assertTrue(html.contains(">MA-4321 "), html);
        assertTrue(!html.contains(">ES-1234 "), "only names containing ma-43, any case: " + html);
        assertTrue(!html.contains("id=\"mint:more-investigations\""), "fewer than 500 match: " + html);

        browser.submit("mint", "show-datasets", FacesBrowser.fields("investigation",
                Long.toString(investigationId("MA-4321"))));
        assertTrue(browser.html().contains("Ti64_as_built_0001"), "the filtered choice lists its datasets: "
                + browser.html());

        browser.submit("mint", "filter-investigations", FacesBrowser.fields("investigation-filter", "%"));
        assertTrue(!browser.html().contains(">MA-4321 "), "% is a character, not a wildcard: " + browser.html());
    }

    @Test
    void aMemberPagesThroughThousandsOfDatasetsAndKeepsTheSelection() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        String name = "DC-PAGES-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long facility = DoiJobRuns.first(root, "SELECT f.id FROM Facility f");
        long type = DoiJobRuns.first(root, "SELECT t.id FROM InvestigationType t");
        long alice = DoiJobRuns.first(root, "SELECT u.id FROM User u WHERE u.name = 'simple/alice'");
        long datasetType = DoiJobRuns.first(root, "SELECT t.id FROM DatasetType t");
        long investigation = DemoCatalogueFixture.ICAT.create(root, "Investigation", Json.createObjectBuilder()
                .add("name", name).add("visitId", "it").add("title", "Paging of " + name)
                .add("facility", Json.createObjectBuilder().add("id", facility))
                .add("type", Json.createObjectBuilder().add("id", type))
                .add("investigationUsers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("role", "principal_investigator").add("user", Json.createObjectBuilder().add("id", alice))))
                .build());
        investigationsWritten.add(investigation);
        List<JsonObject> datasets = new ArrayList<>();
        for (int i = 1; i <= 230; i++) {
            datasets.add(Json.createObjectBuilder().add("Dataset", Json.createObjectBuilder()
                    .add("name", String.format("scan_%03d", i))
                    .add("investigation", Json.createObjectBuilder().add("id", investigation))
                    .add("type", Json.createObjectBuilder().add("id", datasetType))).build());
        }
        DemoCatalogueFixture.ICAT.write(root, datasets);

        FacesBrowser browser = loggedIn("alice");
        String inv = Long.toString(investigation);
        browser.submit("mint", "show-datasets", FacesBrowser.fields("investigation", inv));
        assertEquals("230", browser.textOf("dataset-total"), browser.html());
        assertEquals("3", browser.textOf("dataset-page-count"), browser.html());
        List<String> page1 = checkboxValues(browser.html());
        assertEquals(100, page1.size());
        assertEquals("scan_001", listedNames(browser.html()).get(0), browser.html());

        Map<String, List<String>> ticks = new java.util.LinkedHashMap<>();
        ticks.put("datasets", List.of(page1.get(0), page1.get(99)));
        browser.submit("mint", "next-datasets", ticks);
        assertEquals("2", browser.textOf("dataset-page"), browser.html());
        assertEquals("2", browser.textOf("selected-count"), browser.html());
        List<String> page2 = checkboxValues(browser.html());
        assertEquals(100, page2.size());
        assertEquals("scan_101", listedNames(browser.html()).get(0));
        assertEquals(List.of(), checkedValues(browser.html()));

        ticks.put("datasets", List.of(page2.get(5)));
        browser.submit("mint", "next-datasets", ticks);
        assertEquals("3", browser.textOf("dataset-page"), browser.html());
        assertEquals(30, checkboxValues(browser.html()).size());
        assertFalse(browser.html().contains("id=\"mint:next-datasets\""), browser.html());

        browser.submit("mint", "previous-datasets", FacesBrowser.fields());
        browser.submit("mint", "previous-datasets", FacesBrowser.fields("datasets", page2.get(5)));
        assertEquals("1", browser.textOf("dataset-page"), browser.html());
        assertEquals(List.of(page1.get(0), page1.get(99)), checkedValues(browser.html()), "ticks are remembered");
        assertEquals("3", browser.textOf("selected-count"), browser.html());

        // Unticking one on its page removes it from the selection; a filter lists matching names from page 1.
        browser.submit("mint", "filter-datasets", FacesBrowser.fields("datasets", page1.get(0), "dataset-filter", "SCAN_2"));
        assertEquals("31", browser.textOf("dataset-total"), "scan_200..scan_230 and no other: " + browser.html());
        assertEquals("2", browser.textOf("selected-count"), browser.html());
        List<String> filtered = checkboxValues(browser.html());
        browser.submit("mint", "filter-datasets", FacesBrowser.fields("datasets", filtered.get(0), "dataset-filter", "no_such%"));
        assertEquals("0", browser.textOf("dataset-total"), "% in a filter is not a wildcard: " + browser.html());
        assertEquals("3", browser.textOf("selected-count"), browser.html());

        long before = collections();
        Map<String, List<String>> mint = form(inv, List.of(), "Datasets from three pages.", VALID_ORCID);
        mint.remove("datasets");
        browser.submit("mint", "submit", mint);
        String doi = browser.textOf("minted-doi");
        assertNotNull(doi, browser.html());
        assertEquals(before + 1, collections());
        JsonArray chosen = DemoCatalogueFixture.ICAT.search(root, "SELECT ds.id FROM Dataset ds JOIN"
                + " ds.dataCollectionDatasets dcd JOIN dcd.dataCollection dc WHERE dc.doi = '" + doi + "' ORDER BY ds.id");
        List<String> ids = chosen.getValuesAs(jakarta.json.JsonNumber.class).stream().map(n -> n.toString()).toList();
        assertEquals(java.util.stream.Stream.of(page1.get(0), page2.get(5), filtered.get(0))
                .sorted(java.util.Comparator.comparingLong(Long::parseLong)).toList(), ids);
    }

    @Test
    void aBadPasswordIsRefusedOnThePage() throws Exception {
        FacesBrowser browser = new FacesBrowser();
        browser.open(PAGE);
        HttpResponse<String> page = browser.submit("login", "submit",
                FacesBrowser.fields("plugin", "simple", "username", "alice", "password", "wrong"));
        assertEquals(200, page.statusCode());
        assertTrue(browser.textOf("login:error-login").contains("refused"), browser.html());
        assertFalse(browser.html().contains("sessionId"), "the catalogue session never reaches the page");
    }

    @Test
    void aMemberMintsADoiForSelectedDatasetsAfterFixingTheProblemsShown() throws Exception {
        FacesBrowser browser = loggedIn("alice");
        String ma = Long.toString(investigationId("MA-4321"));
        assertTrue(browser.html().contains("<option value=\"" + ma + "\""), browser.html());
        assertFalse(browser.html().contains("ES-1234"), "alice is not a member of ES-1234");
        assertFalse(browser.html().matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*"),
                "no catalogue session id in the page");
        long before = collections();

        browser.submit("mint", "submit", FacesBrowser.fields());
        for (String field : List.of("investigation", "datasets", "title", "abstract", "creators")) {
            assertNotNull(browser.textOf("mint:error-" + field), field + " in " + browser.html());
        }

        browser.submit("mint", "show-datasets", FacesBrowser.fields("investigation", ma));
        List<String> datasets = checkboxValues(browser.html());
        assertEquals(3, datasets.size(), browser.html());
        assertTrue(browser.html().contains("Ti64_as_built_0001"));

        browser.submit("mint", "submit", form(ma, datasets.subList(0, 2), "a".repeat(4001), "0000-0002-9183-7207"));
        assertTrue(browser.textOf("mint:error-abstract").contains("4001"), browser.html());
        assertTrue(browser.textOf("mint:authors:0:error-orcid").contains("not a valid ORCID"), browser.html());
        assertNull(browser.textOf("mint:error-title"), browser.html());
        assertEquals(before, collections(), "nothing is written while the form has problems");

        browser.submit("mint", "submit", form(ma, datasets.subList(0, 2), "Strain maps behind our paper.", VALID_ORCID));
        String doi = browser.textOf("minted-doi");
        assertNotNull(doi, browser.html());
        assertTrue(doi.startsWith("10.5072/BEAMCAT-DC-"), doi);
        assertEquals(before + 1, collections());

        JsonObject dc = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT dc FROM DataCollection dc WHERE dc.doi = '" + doi + "' INCLUDE dc.dataCollectionDatasets,"
                        + " dc.parameters p, p.type").getJsonObject(0).getJsonObject("DataCollection");
        assertEquals(doi, "10.5072/BEAMCAT-DC-" + dc.getJsonNumber("id"));
        assertEquals(2, dc.getJsonArray("dataCollectionDatasets").size());
        Map<String, String> parameters = new java.util.HashMap<>();
        for (JsonValue p : dc.getJsonArray("parameters")) {
            parameters.put(p.asJsonObject().getJsonObject("type").getString("name"), p.asJsonObject().getString("stringValue"));
        }
        assertEquals("Strain maps of printed Ti-6Al-4V", parameters.get("doi.title"));
        assertEquals("Strain maps behind our paper.", parameters.get("doi.abstract"));
        JsonObject creator = Json.createReader(new StringReader(parameters.get("doi.creators"))).readArray().getJsonObject(0);
        assertEquals("Lovelace, Alice", creator.getString("name"));
        assertEquals(VALID_ORCID, creator.getString("orcid"));
        assertEquals("ESRF", creator.getString("affiliation"));
    }

    @Test
    void anInvestigationOrDatasetsNotOfferedToTheUserAreRefused() throws Exception {
        FacesBrowser browser = loggedIn("alice");
        String ma = Long.toString(investigationId("MA-4321"));
        String es = Long.toString(investigationId("ES-1234"));
        String bobsDataset = Long.toString(DoiJobRuns.first(DemoCatalogueFixture.login("root"),
                "SELECT ds.id FROM Dataset ds WHERE ds.investigation.name = 'ES-1234'"));
        long before = collections();

        browser.submit("mint", "submit", form(es, List.of(bobsDataset), "Not my data.", VALID_ORCID));
        assertNull(browser.textOf("minted-doi"), browser.html());
        assertTrue(browser.html().contains("class=\"bc-error\""), browser.html());

        browser.submit("mint", "show-datasets", FacesBrowser.fields("investigation", ma));
        browser.submit("mint", "submit", form(ma, List.of(bobsDataset), "Not my data either.", VALID_ORCID));
        assertNull(browser.textOf("minted-doi"), browser.html());
        assertEquals(before, collections());
    }

    @Test
    void aPostWithoutThePagesViewStateDoesNothing() throws Exception {
        FacesBrowser browser = loggedIn("alice");
        String ma = Long.toString(investigationId("MA-4321"));
        browser.submit("mint", "show-datasets", FacesBrowser.fields("investigation", ma));
        List<String> datasets = checkboxValues(browser.html());
        long before = collections();
        Map<String, List<String>> forged = new java.util.LinkedHashMap<>();
        forged.put("mint", List.of("mint"));
        forged.put("mint:submit", List.of("x"));
        form(ma, datasets, "Forged from another site.", VALID_ORCID)
                .forEach((name, values) -> forged.put("mint:" + name, values));
        browser.post(PAGE, forged);
        assertNull(browser.textOf("minted-doi"), browser.html());
        assertEquals(before, collections());
    }

    @Test
    void bobSeesHisOwnInvestigationOnly() throws Exception {
        FacesBrowser browser = loggedIn("bob");
        assertTrue(browser.html().contains("ES-1234"), browser.html());
        assertFalse(browser.html().contains("MA-4321"), browser.html());
    }

    @Test
    void rootWithdrawsACollectionDoiAndOthersCannot() throws Exception {
        FacesBrowser browser = loggedIn("alice");
        String ma = Long.toString(investigationId("MA-4321"));
        browser.submit("mint", "show-datasets", FacesBrowser.fields("investigation", ma));
        browser.submit("mint", "submit", form(ma, checkboxValues(browser.html()).subList(0, 1),
                "A collection to withdraw.", VALID_ORCID));
        String doi = browser.textOf("minted-doi");
        assertNotNull(doi, browser.html());
        String root = DemoCatalogueFixture.login("root");

        assertEquals(403, withdraw(DemoCatalogueFixture.login("alice"), doi, "Wrong data").statusCode());
        assertEquals(400, withdraw(root, doi, "  ").statusCode());
        assertEquals(400, withdraw(root, doi, "x".repeat(4001)).statusCode());
        HttpResponse<String> badDoi = withdraw(root, "not-a-doi", "Wrong data");
        assertEquals(400, badDoi.statusCode());
        assertEquals("BAD_PARAMETER", Http.json(badDoi).getString("code"));
        HttpResponse<String> unknown = withdraw(root, "10.5072/NO-SUCH-DOI-1", "Wrong data");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("NO_SUCH_OBJECT_FOUND", Http.json(unknown).getString("code"));
        assertEquals(0, withdrawnReasons(doi).size(), "refused calls record nothing");

        HttpResponse<String> done = withdraw(root, doi, "Wrong data: the datasets belong to another sample");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("registered", Http.json(done).getString("state"));
        assertFalse(Http.json(done).getBoolean("alreadyWithdrawn"));
        HttpResponse<String> again = withdraw(root, doi, "Another reason");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(Http.json(again).getBoolean("alreadyWithdrawn"));
        assertEquals(List.of("Wrong data: the datasets belong to another sample"), withdrawnReasons(doi));
    }

    /**
     * The landing page of a minted collection is cached: a further view makes no catalogue call (the
     * landing pages' own counter of catalogue searches stays put while the cache hits grow), and a
     * withdrawal shows at once, without waiting for the cache to expire.
     */
    @Test
    void aRepeatedViewAsksTheCatalogueNothingAndAWithdrawalShowsAtOnce() throws Exception {
        FacesBrowser browser = loggedIn("alice");
        String ma = Long.toString(investigationId("MA-4321"));
        browser.submit("mint", "show-datasets", FacesBrowser.fields("investigation", ma));
        browser.submit("mint", "submit", form(ma, checkboxValues(browser.html()).subList(0, 2),
                "A collection viewed often.", VALID_ORCID));
        String doi = browser.textOf("minted-doi");
        assertNotNull(doi, browser.html());
        String path = "/doi/" + doi;

        HttpResponse<String> first = Http.get(path);
        assertEquals(200, first.statusCode(), first.body());
        MetricsText before = MetricsText.fetch();
        double reads = before.value("beamcat.doi.landing.catalogue.reads");
        assertTrue(reads > 0, "the first view read the catalogue: " + before);
        HttpResponse<String> second = Http.get(path);
        assertEquals(200, second.statusCode(), second.body());
        MetricsText rendered = MetricsText.fetch();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> again = Http.get(path);
            assertEquals(200, again.statusCode(), again.body());
            assertTrue(again.body().contains("Strain maps of printed Ti-6Al-4V"), again.body());
            assertEquals(second.body(), again.body(), "the same page");
            assertEquals(second.headers().firstValue("Link"), again.headers().firstValue("Link"));
            assertEquals(Optional.of("Accept"), again.headers().firstValue("Vary"));
            assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), again.headers()
                    .toString());
        }
        HttpResponse<String> export = Http.get(path, "Accept", "application/x-bibtex");
        assertEquals(200, export.statusCode(), export.body());
        MetricsText after = MetricsText.fetch();
        assertEquals(reads, after.value("beamcat.doi.landing.catalogue.reads"), "no catalogue call: " + after);
        assertTrue(after.value("beamcat.doi.landing.cache.hits") >= before.value("beamcat.doi.landing.cache.hits") + 9,
                "record and dataset page from the cache, four times, and the export's record: " + after);
        assertTrue(after.value("beamcat.doi.landing.rendered.hits")
                >= rendered.value("beamcat.doi.landing.rendered.hits") + 3, "the HTML of the second view, three times, "
                + "without rendering: " + after);

        HttpResponse<String> withdrawn = withdraw(DemoCatalogueFixture.login("root"), doi, "Viewed, then withdrawn");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        HttpResponse<String> tombstone = Http.get(path);
        assertEquals(410, tombstone.statusCode(), "the tombstone at once, not after the cache expired");
        assertTrue(tombstone.body().contains("Viewed, then withdrawn"), tombstone.body());
    }

    private static HttpResponse<String> withdraw(String sessionId, String doi, String reason) throws Exception {
        return Http.postForm("/doi/admin/withdraw", Map.of("sessionId", sessionId, "doi", doi, "reason", reason));
    }

    private static List<String> withdrawnReasons(String doi) throws Exception {
        JsonArray rows = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT p.stringValue FROM DataCollectionParameter p JOIN p.dataCollection dc JOIN p.type t"
                        + " WHERE dc.doi = '" + doi + "' AND t.name = 'doi.withdrawn'");
        return rows.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
