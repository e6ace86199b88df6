package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Experiment-session DOIs end to end on the demo facility: root triggers the job, the ended sessions
 * MA-4321 and ES-1234 get DOIs stored in the catalogue (offline registrar), a second run mints nothing,
 * and each DOI's landing page answers as HTML (JSON-LD, meta tags), in the export formats by content
 * negotiation, and in a real headless browser; unknown DOIs are 404 and non-root triggers are refused.
 */
@ExtendWith(ArquillianExtension.class)
class LandingDoiIT extends DeployedBeamCat {


    private static JsonObject firstRun;


    /** The first run of the job, as root, shared by the tests that need minted DOIs. */
    private static synchronized JsonObject mintedOnce() throws Exception {
        if (firstRun == null) {
            DemoCatalogueFixture.ensureLoaded();
            Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
            HttpResponse<String> response = trigger(DemoCatalogueFixture.login("root"));
            assertEquals(200, response.statusCode(), response.body());
            firstRun = Http.json(response);
        }
        return firstRun;
    }

    private static HttpResponse<String> trigger(String sessionId) throws Exception {
        return Http.post("/doi/admin/mint-sessions", "sessionId=" + URLEncoder.encode(sessionId, StandardCharsets.UTF_8));
    }

    private static long investigationId(String name) throws Exception {
        JsonArray ids = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT i.id FROM Investigation i WHERE i.name = '" + name + "'");
        return ids.getJsonNumber(0).longValue();
    }

    private static String storedDoi(String name) throws Exception {
        JsonArray dois = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT i.doi FROM Investigation i WHERE i.name = '" + name + "'");
        return dois.isEmpty() || dois.isNull(0) ? null : dois.getString(0);
    }

    private static String landingPath(String name) throws Exception {
        mintedOnce();
        return "/doi/" + storedDoi(name);
    }

    @Test
    void rootTriggerMintsOneDoiPerEndedSessionAndStoresIt() throws Exception {
        JsonObject run = mintedOnce();
        List<String> minted = run.getJsonArray("minted").getValuesAs(v -> ((jakarta.json.JsonString) v).getString());
        String ma = "10.5072/BEAMCAT-ES-" + investigationId("MA-4321");
        String es = "10.5072/BEAMCAT-ES-" + investigationId("ES-1234");
        assertTrue(minted.contains(ma) && minted.contains(es), run.toString());
        assertEquals(ma, storedDoi("MA-4321"));
        assertEquals(es, storedDoi("ES-1234"));
        assertTrue(run.getJsonArray("failed").isEmpty(), run.toString());
    }

    @Test
    void runningAgainMintsNothingNew() throws Exception {
        String before = mintedOnce().toString();
        HttpResponse<String> again = trigger(DemoCatalogueFixture.login("root"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, Http.json(again).getJsonArray("minted").size(), again.body() + " after " + before);
        assertEquals("10.5072/BEAMCAT-ES-" + investigationId("MA-4321"), storedDoi("MA-4321"));
    }

    @Test
    void nonRootTriggerIsRefused() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        HttpResponse<String> alice = trigger(DemoCatalogueFixture.login("alice"));
        assertEquals(403, alice.statusCode(), alice.body());
        assertEquals("INSUFFICIENT_PRIVILEGES", Http.json(alice).getString("code"));
        assertEquals(403, trigger("00000000-0000-0000-0000-000000000000").statusCode());
        assertEquals(400, Http.post("/doi/admin/mint-sessions", "").statusCode());
    }

    @Test
    void landingPageIsServerRenderedWithJsonLdAndMetaTags() throws Exception {
        String path = landingPath("MA-4321");
        HttpResponse<String> page = Http.get(path, "Accept", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("In situ loading of additively manufactured Ti-6Al-4V"), html);
        assertTrue(html.contains("Alice (demo)"), html);
        assertTrue(html.contains("under embargo until 2029-03-15"), html);
        assertTrue(html.contains("<meta name=\"citation_title\" content=\"In situ loading of additively manufactured Ti-6Al-4V\""), html);
        assertTrue(html.contains("<meta name=\"citation_doi\" content=\"" + path.substring(5) + "\""), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + Http.BASE + path + "\""), html);
        assertTrue(html.contains("MA-4321") && html.contains("ID11"), html);
        JsonObject ld = JsonLd.in(html);
        assertEquals("Dataset", ld.getString("@type"));
        assertEquals("https://doi.org" + path.substring(4), ld.getString("@id"));
        assertEquals("In situ loading of additively manufactured Ti-6Al-4V", ld.getString("name"));
        assertEquals("Alice (demo)", ld.getJsonArray("creator").getJsonObject(0).getString("name"));
        assertEquals("2029", ld.getString("datePublished"));
        assertEquals("ID11", ld.getString("measurementTechnique"));
    }

    @Test
    void unknownDoiIsARealNotFoundPage() throws Exception {
        mintedOnce();
        HttpResponse<String> page = Http.get("/doi/10.5072/BEAMCAT-ES-999999999");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("DOI not found"), page.body());
        assertEquals(404, Http.get("/doi/landing.xhtml").statusCode(), "the view is reachable only through a DOI");
    }

    @Test
    void contentNegotiationAnswersEachExportFormat() throws Exception {
        String path = landingPath("ES-1234");
        String doi = path.substring(5);

        HttpResponse<String> datacite = Http.get(path, "Accept", "application/vnd.datacite.datacite+json");
        assertEquals(200, datacite.statusCode(), datacite.body());
        assertTrue(datacite.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.datacite.datacite+json"));
        JsonObject attributes = Http.json(datacite).getJsonObject("data").getJsonObject("attributes");
        assertEquals(doi, attributes.getString("doi"));
        assertEquals("Nano-holotomography of hydrated cement pastes",
                attributes.getJsonArray("titles").getJsonObject(0).getString("title"));
        assertEquals("Experiment Session", attributes.getJsonObject("types").getString("resourceType"));

        HttpResponse<String> ld = Http.get(path, "Accept", "application/ld+json");
        assertEquals(200, ld.statusCode());
        assertEquals("Dataset", Http.json(ld).getString("@type"));

        HttpResponse<String> bibtex = Http.get(path, "Accept", "application/x-bibtex");
        assertEquals(200, bibtex.statusCode());
        assertTrue(bibtex.body().startsWith("@misc{"), bibtex.body());
        assertTrue(bibtex.body().contains("doi = {" + doi + "}"), bibtex.body());
        assertTrue(bibtex.body().contains("title = {Nano-holotomography of hydrated cement pastes}"), bibtex.body());

        HttpResponse<String> ris = Http.get(path, "Accept", "application/x-research-info-systems");
        assertEquals(200, ris.statusCode());
        assertTrue(ris.body().startsWith("TY  - DATA\n"), ris.body());
        assertTrue(ris.body().contains("DO  - " + doi + "\n"), ris.body());
        assertTrue(ris.body().endsWith("ER  - \n"), ris.body());

        HttpResponse<String> download = Http.get(path + "?format=ris");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(ris.body(), download.body());

        HttpResponse<String> html = Http.get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(html.body().contains("<h1 id=\"title\">Nano-holotomography of hydrated cement pastes</h1>"), html.body());
        assertEquals(404, Http.get(path + "?format=nonsense").statusCode());
    }

    @Test
    void headlessChromiumRendersTheLandingPage() throws Exception {
        String path = landingPath("MA-4321");
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed (test.sh installs it when run as root)");
        String text = HeadlessChromium.dumpDom(Http.BASE + path);
        assertTrue(text.contains("<h1 id=\"title\">In situ loading of additively manufactured Ti-6Al-4V</h1>"), text);
        assertEquals("Dataset", JsonLd.in(text).getString("@type"));
        assertFalse(text.contains("DOI not found"));
    }
}
