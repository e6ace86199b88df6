package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data portal at / over plain HTTP, as a browser without JavaScript uses it (docs/portal.md): the login page,
 * the door, hostile parameters, no session id in any URL, logout, an expired catalogue session, and a member who
 * never sees another proposal's data in lists, pages, search hits or facet counts.
 */
@ExtendWith(ArquillianExtension.class)
class PortalPagesIT extends DeployedPortal {

    private static PortalVisitor loggedIn(String user) throws Exception {
        PortalVisitor visitor = new PortalVisitor();
        HttpResponse<String> after = visitor.logIn("", user);
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(after.uri().getPath().endsWith("/investigations.xhtml"), after.uri().toString());
        return visitor;
    }

    /** The catalogue sessions of a user, straight from the catalogue's table. */
    private static List<String> catalogueSessions(String userName) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(System.getProperty("it.pg.url"), System.getProperty("it.pg.user"),
                System.getProperty("it.pg.password"));
             PreparedStatement query = db.prepareStatement("SELECT ID FROM SESSION_ WHERE USERNAME = ?")) {
            query.setString(1, userName);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static void endCatalogueSessions(String userName) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("it.pg.url"), System.getProperty("it.pg.user"),
                System.getProperty("it.pg.password"));
             PreparedStatement delete = db.prepareStatement("DELETE FROM SESSION_ WHERE USERNAME = ?")) {
            delete.setString(1, userName);
            delete.executeUpdate();
        }
    }

    private static void assertThemedError(HttpResponse<String> response, String what) {
        String body = response.body();
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, what + " answered " + response.statusCode());
        assertTrue(body.contains("bc-error-page") && body.contains("beamcat.css"), what + ": not the themed page: " + body);
        assertFalse(body.contains("Payara") || body.contains("GlassFish") || body.contains("Exception")
                || body.contains("at org."), what + ": leaks the server or a stack trace: " + body);
    }

    @Test
    void theLoginPageListsEveryAuthenticatorOfTheCatalogue() throws Exception {
        HttpResponse<String> login = Http.awaitStatus("/login.xhtml", 200, Duration.ofSeconds(60));
        assertEquals(200, login.statusCode(), login.body());
        String html = login.body();
        assertTrue(html.contains("id=\"login-simple\""), html);
        assertTrue(html.contains("id=\"login-simple:username\"") && html.contains("type=\"password\""), html);
        assertTrue(html.contains("id=\"login-db\""), html);
        assertTrue(html.contains("id=\"anonymous\"") && html.contains("Browse public data"), html);
        assertFalse(html.contains("id=\"login-anon\""), "anon has no form");
        assertTrue(html.contains("beamcat.css"), html);
    }

    @Test
    void everyPageButTheOpenOnesSendsAStrangerToTheLoginPage() throws Exception {
        for (String path : List.of("/", "/investigations.xhtml", "/investigation.xhtml?id=1", "/dataset.xhtml?id=1",
                "/search.xhtml?q=x", "/datafile.xhtml?id=1")) {
            HttpResponse<String> answer = new PortalVisitor().peek(path);
            assertEquals(302, answer.statusCode(), path);
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), path);
        }
        for (String path : List.of("/about.xhtml", "/expired.xhtml", "/login.xhtml", "/beamcat/beamcat.css")) {
            assertEquals(200, new PortalVisitor().peek(path).statusCode(), path);
        }
        assertEquals(302, new PortalVisitor().peek("/no-such-page").statusCode(), "the door before the 404");
        PortalVisitor alice = loggedIn("alice");
        assertThemedError(alice.open("/no-such-page"), "an unknown path");
        HttpResponse<String> descriptor = alice.open("/WEB-INF/web.xml");
        assertEquals(404, descriptor.statusCode(), "the container's own refusal, under its plain page or the theme's");
        assertFalse(descriptor.body().contains("<web-app") || descriptor.body().contains("Payara"), descriptor.body());
    }

    @Test
    void theOtherApplicationsStillAnswerBesideThePortal() throws Exception {
        assertEquals(200, Http.get("/icat/version").statusCode());
        assertEquals(200, Http.get("/ids/ping").statusCode());
        assertEquals(200, Http.get("/doi/").statusCode());
        assertEquals(200, Http.get("/ICATService/ICAT?wsdl").statusCode());
        assertTrue(Http.get("/ingest/").statusCode() < 500);
        // Payara adds its health and metrics servlets to the module at the root context: the portal's door lets them be
        HttpResponse<String> live = Http.get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().startsWith("{") && live.body().contains("landing-war"), live.body());
        assertEquals(200, Http.get("/metrics?scope=application").statusCode());
    }

    @Test
    void aMemberSeesHerOwnInvestigationsAndNeverAnotherProposal() throws Exception {
        PortalFixture f = fixture();
        PortalVisitor alice = loggedIn("alice");
        String mine = alice.html();
        assertTrue(mine.contains("MA-4321") && mine.contains(f.aliceProposal), mine);
        assertFalse(mine.contains("ES-1234"), "bob's proposal in alice's list");
        assertFalse(mine.contains("nav-all"), "alice is not offered everything");

        String open = alice.open("/investigations.xhtml?scope=public").body();
        assertTrue(open.contains(f.openProposal), open);
        assertFalse(open.contains("ES-1234"), open);
        assertEquals(404, alice.open("/investigations.xhtml?scope=all").statusCode());

        HttpResponse<String> investigation = alice.open("/investigation.xhtml?id=" + f.aliceInvestigation);
        assertEquals(200, investigation.statusCode(), investigation.body());
        String page = investigation.body();
        assertTrue(page.contains("portal_scan_001") && page.contains("ID11") && page.contains("principal_investigator"), page);
        assertTrue(page.contains("href=\"/doi/10.5072/PORTAL-A-" + f.run + "\""), "the session DOI links to its landing page");
        assertTrue(page.contains("Page 1 of 2 (30 datasets)"), page);
        assertTrue(page.contains("3.5 kB") && page.contains("storage-state"), page);
        String second = alice.open("/investigation.xhtml?id=" + f.aliceInvestigation + "&page=2&sort=name&dir=desc").body();
        assertTrue(second.contains("portal_scan_005") && !second.contains("portal_scan_030"), second);

        assertEquals(404, alice.open("/investigation.xhtml?id=" + f.bobInvestigation).statusCode());
        assertEquals(404, alice.open("/dataset.xhtml?id=" + f.bobDataset).statusCode());
        assertEquals(404, alice.open("/datafile.xhtml?id=" + f.bobDatafile).statusCode());
        assertThemedError(alice.last(), "another proposal's file");

        String search = alice.open("/search.xhtml?q=cement").body();
        assertTrue(search.contains("0 investigations found"), search);
        String datasets = alice.open("/search.xhtml?target=dataset").body();
        assertFalse(datasets.contains("cement_7d") || datasets.contains("ID16A"), "bob's sample or beamline in alice's facets");
        assertTrue(datasets.contains("Ti64_as_built"), datasets);
        String files = alice.open("/search.xhtml?target=datafile&q=cement_7d_holo_0001").body();
        assertTrue(files.contains("0 datafiles found"), files);
    }

    @Test
    void aFacetValueFiltersTheSearchAndTheCountsFollow() throws Exception {
        fixture();
        PortalVisitor alice = loggedIn("alice");
        String all = alice.open("/search.xhtml?target=dataset&q=Ti64").body();
        assertTrue(all.contains("data-facet=\"type\" data-value=\"processed\""), all);
        String processed = alice.open("/search.xhtml?target=dataset&q=Ti64&type=processed").body();
        assertTrue(processed.contains("1 datasets found"), processed);
        assertTrue(processed.contains("Ti64_as_built_0001_integrated") && !processed.contains(">Ti64_annealed_0001<"), processed);
        // 43.35 keV, asked in eV: the engine converts between units of one dimension
        String energy = alice.open("/search.xhtml?target=dataset&param=InstrumentMonochromator_energy&from=43000&to=44000"
                + "&units=eV").body();
        assertTrue(energy.contains("2 datasets found"), energy);
        assertTrue(energy.contains(">Ti64_as_built_0001<") && energy.contains(">Ti64_annealed_0001<"), energy);
        String tooHigh = alice.open("/search.xhtml?target=dataset&param=InstrumentMonochromator_energy&from=50&to=60"
                + "&units=keV").body();
        assertTrue(tooHigh.contains("0 datasets found"), tooHigh);
    }

    @Test
    void hostileParametersGetAThemedClientErrorOnEveryPage() throws Exception {
        PortalFixture f = fixture();
        PortalVisitor alice = loggedIn("alice");
        for (String path : List.of("/investigations.xhtml?page=0", "/investigations.xhtml?page=abc",
                "/investigations.xhtml?page=99999999", "/investigations.xhtml?sort=id;drop", "/investigations.xhtml?dir=up",
                "/investigations.xhtml?scope=everything", "/investigations.xhtml?name=%00", "/investigations.xhtml?page=999",
                "/investigation.xhtml", "/investigation.xhtml?id=abc", "/investigation.xhtml?id=-1",
                "/investigation.xhtml?id=99999999999999999999", "/investigation.xhtml?id=" + f.aliceInvestigation + "&page=9",
                "/investigation.xhtml?id=" + f.aliceInvestigation + "&sort=fileSize",
                "/dataset.xhtml?id=x", "/dataset.xhtml?id=%27%20OR%201=1", "/dataset.xhtml?id=1&page=1e3",
                "/datafile.xhtml?id=", "/search.xhtml?target=sample", "/search.xhtml?year=20x6",
                "/search.xhtml?after=%21%21", "/search.xhtml?after=W10", "/search.xhtml?unknown=1",
                "/search.xhtml?param=energy&from=9&to=1", "/search.xhtml?q=" + "x".repeat(300),
                "/search.xhtml?q=a%00b")) {
            assertThemedError(alice.open(path), path);
        }
    }

    @Test
    void noSessionIdTravelsInAUrl() throws Exception {
        PortalFixture f = fixture();
        PortalVisitor alice = loggedIn("alice");
        alice.open("/investigation.xhtml?id=" + f.aliceInvestigation);
        alice.open("/search.xhtml?q=Ti64&target=dataset");
        alice.open("/investigations.xhtml?scope=public");
        List<String> secrets = new ArrayList<>(catalogueSessions("simple/alice"));
        secrets.addAll(alice.cookieValues());
        assertFalse(secrets.isEmpty());
        for (String url : alice.urls) {
            assertFalse(url.toLowerCase().contains("jsessionid") || url.contains("sessionId"), url);
            for (String secret : secrets) {
                assertFalse(url.contains(secret), "a session id in " + url);
            }
        }
        for (String secret : catalogueSessions("simple/alice")) {
            assertFalse(alice.html().contains(secret), "the catalogue session in the page");
        }
    }

    @Test
    void logoutEndsThePortalAndTheCatalogueSession() throws Exception {
        fixture();
        int before = catalogueSessions("simple/bob").size();
        PortalVisitor bob = loggedIn("bob");
        assertEquals(before + 1, catalogueSessions("simple/bob").size());
        HttpResponse<String> out = bob.submit("logout", "logout-button", Map.of());
        assertTrue(out.uri().getPath().endsWith("/login.xhtml"), out.uri().toString());
        assertTrue(out.body().contains("You have logged out"), out.body());
        assertEquals(before, catalogueSessions("simple/bob").size(), "the catalogue session is deleted");
        assertEquals(302, bob.peek("/investigations.xhtml").statusCode());
    }

    @Test
    void anExpiredCatalogueSessionGetsTheLogInAgainPage() throws Exception {
        fixture();
        PortalVisitor bob = loggedIn("bob");
        endCatalogueSessions("simple/bob");
        HttpResponse<String> page = bob.open("/investigations.xhtml");
        assertTrue(page.uri().getPath().endsWith("/expired.xhtml"), page.uri().toString());
        assertTrue(page.body().contains("Your session has expired") && page.body().contains("log-in-again"), page.body());
        assertEquals(302, bob.peek("/investigations.xhtml").statusCode(), "the portal forgot the ended session");
        assertTrue(bob.last().headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void aGuestBrowsesPublicDataWithoutAForm() throws Exception {
        PortalFixture f = fixture();
        PortalVisitor guest = new PortalVisitor();
        guest.open("/login.xhtml");
        HttpResponse<String> open = guest.submit("anonymous", "browse-public", Map.of());
        assertEquals(200, open.statusCode(), open.body());
        assertTrue(open.uri().toString().contains("scope=public"), open.uri().toString());
        assertTrue(open.body().contains(f.openProposal), open.body());
        assertFalse(open.body().contains("MA-4321") || open.body().contains("nav-mine"), open.body());
        assertEquals(404, guest.open("/investigations.xhtml").statusCode(), "a guest has no investigations of their own");
        assertEquals(404, guest.open("/investigation.xhtml?id=" + f.aliceInvestigation).statusCode());
        assertEquals(200, guest.open("/dataset.xhtml?id=" + f.openDataset).statusCode(), guest.html());
        assertTrue(guest.html().contains("open.h5"), guest.html());
    }

    @Test
    void rootIsOfferedEverything() throws Exception {
        PortalFixture f = fixture();
        PortalVisitor root = loggedIn("root");
        assertTrue(root.html().contains("nav-all"), root.html());
        String all = root.open("/investigations.xhtml?scope=all&sort=name&name=PORTAL-").body();
        assertTrue(all.contains(f.aliceProposal) && all.contains(f.openProposal), all);
    }
}
