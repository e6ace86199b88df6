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


    /** The collections this class wrote are deleted afterwards: other classes share the catalogue. */
    @AfterAll
    static void deleteCollections() throws Exception {
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
        assertTrue(browser.html().contains("class=\"error\""), browser.html());

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
