package org.beamcat.landing.registrar.datacite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.registrar.DoiMinter;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.EsrfRecords;
import org.beamcat.landing.registrar.RegisteredDoi;
import org.beamcat.landing.registrar.RegistrarException.Kind;
import org.beamcat.landing.registrar.RegistrarException;
import org.beamcat.landing.registrar.fake.FakeDataCite;
import org.beamcat.landing.registrar.fake.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The DataCite adapter's HTTP behaviour: requests, errors, retries and resuming, against the fake. */
class DataCiteRestRegistrarTest {

    private static final String REPOSITORY = "INIST.ESRF";
    private static final String PASSWORD = "s3cret";
    private static final int ATTEMPTS = 4;
    private static final MetadataValidator VALIDATOR =
            new MetadataValidator(Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC));

    private final FakeDataCite dataCite = FakeDataCite.start(REPOSITORY, PASSWORD, EsrfRecords.PREFIX);
    private final List<Duration> sleeps = new ArrayList<>();
    private final DataCiteRestRegistrar registrar = registrar(PASSWORD);
    private final DoiMetadata session = EsrfRecords.experimentSession(2210534378L);
    private final Doi doi = session.doi();
    private final String doiPath = "/dois/" + doi;

    private DataCiteRestRegistrar registrar(String password) {
        DataCiteSettings settings = new DataCiteSettings(dataCite.url(), REPOSITORY, password,
                new RetryPolicy(ATTEMPTS, Duration.ofMillis(1), Duration.ofSeconds(30)), Duration.ofSeconds(5));
        // Records each back-off (spent for real: milliseconds here) so the delays can be checked exactly.
        return new DataCiteRestRegistrar(settings, VALIDATOR, sleeps::add);
    }

    @AfterEach
    void stop() {
        dataCite.close();
    }

    @Test
    void mintsADraftThenPublishesIt() {
        RegisteredDoi draft = registrar.createDraft(session);
        assertEquals(DoiState.DRAFT, draft.state());
        assertEquals("draft", dataCite.state(doi.toString()).orElseThrow());

        RegisteredDoi findable = registrar.publish(doi);
        assertEquals(new RegisteredDoi(doi, DoiState.FINDABLE, java.util.Optional.of(session.url())), findable);
        assertEquals(List.of("POST /dois", "GET " + doiPath, "PUT " + doiPath), dataCite.requests());
        assertEquals("Experiment Session",
                dataCite.attributes(doi.toString()).orElseThrow().getJsonObject("types").getString("resourceType"));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void aWrongPasswordIsUnauthorizedWithDataCitesMessage() {
        RegistrarException refused = assertThrows(RegistrarException.class,
                () -> registrar("wrong").createDraft(session));
        assertEquals(Kind.UNAUTHORIZED, refused.kind());
        assertEquals(401, refused.httpStatus());
        assertEquals(FakeDataCite.BAD_CREDENTIALS, refused.registrarMessage());
        assertEquals(1, dataCite.requests().size(), "a 401 is not retried");
    }

    @Test
    void aPrefixOfAnotherRepositoryIsForbidden() {
        DoiMetadata foreign = session.toBuilder().doi(new Doi("10.5072", "ESRF-ES-1")).build();
        RegistrarException refused = assertThrows(RegistrarException.class, () -> registrar.createDraft(foreign));
        assertEquals(Kind.FORBIDDEN, refused.kind());
        assertEquals(FakeDataCite.FORBIDDEN, refused.registrarMessage());
    }

    @Test
    void waitsAsLongAsRetryAfterAsksWhenRateLimited() {
        dataCite.failNext(1, Fault.tooManyRequests(1));
        assertEquals(DoiState.DRAFT, registrar.createDraft(session).state());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeps, "Retry-After, not the 1 ms back-off");
        assertEquals(List.of("POST /dois", "POST /dois"), dataCite.requests());
        assertEquals(1, dataCite.doiCount());
    }

    @Test
    void backsOffExponentiallyThroughServerErrors() {
        dataCite.failNext(1, Fault.serverError(500));
        dataCite.failNext(2, Fault.serverError(503));
        assertEquals(DoiState.DRAFT, registrar.createDraft(session).state());
        assertEquals(List.of(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(4)), sleeps);
    }

    @Test
    void givesUpAsUnavailableWhenTheOutageOutlastsTheRetries() {
        dataCite.failNext(ATTEMPTS + 1, Fault.serverError(503));
        RegistrarException refused = assertThrows(RegistrarException.class, () -> registrar.createDraft(session));
        assertEquals(Kind.UNAVAILABLE, refused.kind());
        assertTrue(refused.isTransient());
        assertEquals(503, refused.httpStatus());
        assertEquals("The service is temporarily unavailable.", refused.registrarMessage());
        assertEquals(ATTEMPTS, dataCite.requests().size());
        assertEquals(0, dataCite.doiCount());
    }

    @Test
    void onlyDataCitesProductionServiceRegistersDoisThatResolveAtDoiOrg() {
        assertFalse(registrar.resolvesAtDoiOrg(), "a fake (or DataCite's test service) registers nothing at doi.org");
        DataCiteRestRegistrar production = new DataCiteRestRegistrar(new DataCiteSettings(
                java.net.URI.create("https://api.datacite.org"), REPOSITORY, PASSWORD,
                new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)), Duration.ofSeconds(5)), VALIDATOR);
        assertTrue(production.resolvesAtDoiOrg());
        assertFalse(new DataCiteRestRegistrar(new DataCiteSettings(DataCiteSettings.TEST_API, REPOSITORY, PASSWORD,
                new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)), Duration.ofSeconds(5)), VALIDATOR)
                .resolvesAtDoiOrg());
    }

    @Test
    void retriesWithRealMillisecondDelays() {
        DataCiteRestRegistrar sleeping = new DataCiteRestRegistrar(new DataCiteSettings(dataCite.url(), REPOSITORY,
                PASSWORD, new RetryPolicy(3, Duration.ofMillis(2), Duration.ofMillis(5)), Duration.ofSeconds(5)),
                VALIDATOR);
        dataCite.failNext(2, Fault.serverError(503));
        assertEquals(DoiState.DRAFT, sleeping.createDraft(session).state());
    }

    @Test
    void retriesADroppedConnection() {
        dataCite.failNext(1, Fault.dropConnection());
        assertEquals(DoiState.DRAFT, registrar.createDraft(session).state());
        assertEquals(1, sleeps.size());
    }

    @Test
    void metadataDataCiteRefusesIsInvalidWithItsMessageAndNotRetried() {
        dataCite.allowDomains("doi.esrf.fr");
        DoiMetadata elsewhere = session.toBuilder().url(URI.create("https://example.org/" + doi)).build();
        RegistrarException refused = assertThrows(RegistrarException.class, () -> registrar.createDraft(elsewhere));
        assertEquals(Kind.INVALID, refused.kind());
        assertEquals(422, refused.httpStatus());
        assertEquals(FakeDataCite.DOMAIN_NOT_ALLOWED + " (url)", refused.registrarMessage());
        assertEquals(1, dataCite.requestCount("POST"), "a 422 is not retried");
        assertEquals(List.of(), sleeps);
        assertEquals(0, dataCite.doiCount());
    }

    @Test
    void aCrashBetweenDraftAndAnswerIsResolvedByTheRetry() {
        dataCite.crashAfterNextDraft(1);
        RegisteredDoi minted = new DoiMinter(registrar, VALIDATOR).mint(session);
        assertEquals(DoiState.FINDABLE, minted.state());
        assertEquals(1, dataCite.doiCount());
        assertEquals("findable", dataCite.state(doi.toString()).orElseThrow());
        // The draft's POST and one more were lost; the third was answered "already taken" and resolved.
        assertEquals(List.of("GET " + doiPath, "POST /dois", "POST /dois", "POST /dois", "GET " + doiPath,
                "PUT " + doiPath, "GET " + doiPath, "PUT " + doiPath), dataCite.requests());
    }

    @Test
    void aCrashAfterTheDraftThenAnOutageEndsWithOneFindableDoiWhenReRun() {
        dataCite.crashAfterNextDraft();
        DoiMinter minter = new DoiMinter(registrar, VALIDATOR);
        RegistrarException outage = assertThrows(RegistrarException.class, () -> minter.mint(session));
        assertEquals(Kind.UNAVAILABLE, outage.kind());
        assertEquals("draft", dataCite.state(doi.toString()).orElseThrow());

        dataCite.recover();
        RegisteredDoi minted = minter.mint(session);

        assertEquals(DoiState.FINDABLE, minted.state());
        assertEquals(1, dataCite.doiCount());
        assertEquals("findable", dataCite.state(doi.toString()).orElseThrow());
    }

    @Test
    void anOutageBeforePublishingIsResumedByReRunning() {
        DoiMinter minter = new DoiMinter(registrar, VALIDATOR);
        registrar.createDraft(session);
        dataCite.failNext(2 * ATTEMPTS, Fault.serverError(502));
        assertEquals(Kind.UNAVAILABLE, assertThrows(RegistrarException.class, () -> minter.mint(session)).kind());
        assertEquals(Kind.UNAVAILABLE, assertThrows(RegistrarException.class, () -> minter.mint(session)).kind());

        assertEquals(DoiState.FINDABLE, minter.mint(session).state());
        assertEquals(1, dataCite.doiCount());
    }
}
