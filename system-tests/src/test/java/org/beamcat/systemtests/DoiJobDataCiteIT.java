package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.landing.registrar.fake.FakeDataCite;
import org.beamcat.landing.registrar.fake.Fault;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DOI job of a deployed landing-war minting against the fake DataCite (started by this test, on
 * the loopback interface) instead of the offline registrar: an outage in the middle of minting (the
 * connection dropped right after the draft was stored, then 429 and 503) ends, once DataCite is back,
 * with exactly one findable DOI stored in the catalogue; 401 and 422 are reported with DataCite's own
 * words and change nothing; withdrawing hides the DOI (findable to registered).
 *
 * <p>The registrar settings reach only this deployment: they are added to this class's copy of the
 * EAR (a library jar with its own microprofile-config.properties), so the domain and the other classes
 * keep the offline registrar.
 */
@ExtendWith(ArquillianExtension.class)
class DoiJobDataCiteIT {

    private static final String PREFIX = "10.5072";
    private static final String PASSWORD = "fake-secret";
    private static final FakeDataCite DATACITE = FakeDataCite.start("BEAMCAT.IT", PASSWORD, PREFIX);
    private static final DoiJobRuns RUNS = new DoiJobRuns();

    @Deployment(name = "icat-server", order = 1, testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @Deployment(name = "icat-ear", order = 2, testable = false)
    static EnterpriseArchive icatEar() {
        EnterpriseArchive ear = Archives.icatEar();
        // MicroProfile Config reads an application's settings through the EAR's class loader, so they go
        // into a library jar of the EAR (lib/), visible to every module of this deployment only.
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "doi-it-settings.jar").addAsResource(new StringAsset(
                String.join("\n",
                        "beamcat.doi.registrar=datacite",
                        "beamcat.doi.datacite.url=" + DATACITE.url(),
                        "beamcat.doi.datacite.repository-id=BEAMCAT.IT",
                        "beamcat.doi.datacite.password=" + PASSWORD,
                        // Short back-off: the outage below must outlast the retries of one run, quickly.
                        "beamcat.doi.datacite.max-attempts=3",
                        "beamcat.doi.datacite.initial-delay-ms=20",
                        "beamcat.doi.datacite.max-delay-ms=100",
                        "beamcat.doi.datacite.timeout-seconds=10", "")), "META-INF/microprofile-config.properties"));
        return ear;
    }

    @BeforeAll
    static void everythingPendingIsMintedFirst() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        // Whatever other classes left without a DOI is minted now, so each test's run concerns its own session.
        RUNS.trigger();
    }

    @AfterAll
    static void undo() throws Exception {
        try {
            RUNS.undo();
        } finally {
            DATACITE.close();
        }
    }

    @Test
    void anOutageWhileMintingEndsWithOneFindableDoiOnceDataCiteIsBack() throws Exception {
        long id = RUNS.investigation("DOI-IT-OUTAGE", "2026-01-10T08:00:00.000Z", "2026-01-12T08:00:00.000Z");
        String doi = PREFIX + "/BEAMCAT-ES-" + id;
        DATACITE.crashAfterNextDraft();
        JsonObject down = RUNS.trigger();
        assertEquals(1, DoiJobRuns.failuresOf(down, id).size(), down.toString());
        assertFalse(DoiJobRuns.mintedOf(down).contains(doi), down.toString());
        assertEquals(Optional.of("draft"), DATACITE.state(doi), "the draft got through before the crash");
        assertEquals(null, DoiJobRuns.doiOf(id));

        DATACITE.recover();
        DATACITE.failNext(1, Fault.tooManyRequests(0));
        DATACITE.failNext(1, Fault.serverError(503));
        int held = DATACITE.doiCount();
        JsonObject back = RUNS.trigger();
        assertEquals(List.of(doi), DoiJobRuns.mintedOf(back), back.toString());
        assertEquals(Optional.of("findable"), DATACITE.state(doi));
        assertEquals(held, DATACITE.doiCount(), "the draft was published, not a second DOI created");
        assertEquals(doi, DoiJobRuns.doiOf(id));

        assertEquals(List.of(), DoiJobRuns.mintedOf(RUNS.trigger()), "nothing left to mint");
        assertEquals(held, DATACITE.doiCount());
    }

    @Test
    void badCredentialsAreReportedWithDataCitesMessageAndChangeNothing() throws Exception {
        refusalIsReportedAndChangesNothing("DOI-IT-401", () -> DATACITE.changePassword("rotated-at-datacite"),
                () -> DATACITE.changePassword(PASSWORD), "401", FakeDataCite.BAD_CREDENTIALS);
    }

    @Test
    void metadataDataCiteRefusesIsReportedWithItsMessageAndChangesNothing() throws Exception {
        refusalIsReportedAndChangesNothing("DOI-IT-422", () -> DATACITE.allowDomains("doi.example.org"),
                () -> DATACITE.allowDomains("*"), "422", FakeDataCite.DOMAIN_NOT_ALLOWED);
    }

    /** A run while DataCite refuses reports its words for the session and leaves no DOI; the next run mints. */
    private static void refusalIsReportedAndChangesNothing(String name, Runnable refuse, Runnable accept,
            String... words) throws Exception {
        long id = RUNS.investigation(name, "2026-01-10T08:00:00.000Z", "2026-01-12T08:00:00.000Z");
        String doi = PREFIX + "/BEAMCAT-ES-" + id;
        refuse.run();
        try {
            List<String> failures = DoiJobRuns.failuresOf(RUNS.trigger(), id);
            assertEquals(1, failures.size(), failures.toString());
            for (String word : words) {
                assertTrue(failures.get(0).contains(word), failures.get(0));
            }
            assertEquals(Optional.empty(), DATACITE.state(doi));
            assertEquals(null, DoiJobRuns.doiOf(id));
        } finally {
            accept.run();
        }
        assertTrue(DoiJobRuns.mintedOf(RUNS.trigger()).contains(doi));
    }

    @Test
    void withdrawingHidesTheDoiAtDataCiteAndRecordsTheReason() throws Exception {
        long id = RUNS.investigation("DOI-IT-WITHDRAW", "2026-01-10T08:00:00.000Z", "2026-01-12T08:00:00.000Z");
        String doi = PREFIX + "/BEAMCAT-ES-" + id;
        assertTrue(DoiJobRuns.mintedOf(RUNS.trigger()).contains(doi));
        assertEquals(Optional.of("findable"), DATACITE.state(doi));

        HttpResponse<String> alice = Http.postForm("/doi/admin/withdraw", Map.of("sessionId",
                DemoCatalogueFixture.login("alice"), "doi", doi, "reason", "Sample mix-up"));
        assertEquals(403, alice.statusCode(), alice.body());
        assertEquals(Optional.of("findable"), DATACITE.state(doi));

        HttpResponse<String> root = Http.postForm("/doi/admin/withdraw", Map.of("sessionId",
                DemoCatalogueFixture.login("root"), "doi", doi, "reason", "Sample mix-up"));
        assertEquals(200, root.statusCode(), root.body());
        assertEquals("registered", Http.json(root).getString("state"));
        assertEquals(Optional.of("registered"), DATACITE.state(doi));
        JsonArray reasons = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT p.stringValue FROM InvestigationParameter p WHERE p.investigation.id = " + id
                        + " AND p.type.name = 'doi.withdrawn'");
        assertEquals(List.of("Sample mix-up"), reasons.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
    }
}
