package org.beamcat.landing.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.registrar.DoiMinter;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.FlakyRegistrar;
import org.junit.jupiter.api.Test;

/**
 * Minting experiment-session DOIs against the in-memory catalogue and the offline registrar: which
 * investigations get a DOI, and how a failed run leaves everything for the next one.
 */
class SessionMintingTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final MetadataValidator VALIDATOR = new MetadataValidator(NOW);

    private final InMemorySessionCatalogue catalogue = new InMemorySessionCatalogue();
    private final FlakyRegistrar registrar = new FlakyRegistrar(VALIDATOR);
    private final SessionMinting minting = new SessionMinting(catalogue, new DoiMinter(registrar, VALIDATOR),
            SessionFixtures.builder(), NOW);

    /** MA-4321 (ended 2026-03-15) with another id and end date. */
    private static JsonObject investigation(long id, String endDate) {
        return Json.createObjectBuilder(SessionFixtures.json(SessionFixtures.MA_4321).getJsonObject("Investigation"))
                .add("id", id).add("endDate", endDate).build();
    }

    @Test
    void anEndedSessionGetsAFindableDoiStoredInTheCatalogue() throws Exception {
        catalogue.add(investigation(42, "2026-03-15T08:00:00.000Z"));

        SessionMinting.Result result = minting.mintEnded();

        String doi = catalogue.doiOf(42).orElseThrow();
        assertEquals(List.of(doi), result.minted());
        assertEquals(List.of(), result.failed());
        assertEquals(DoiState.FINDABLE, registrar.inner().find(Doi.parse(doi)).orElseThrow().state());
    }

    @Test
    void aSessionNotEndedYetIsListedAndLeftAlone() throws Exception {
        catalogue.add(investigation(43, "2026-07-01T08:00:00.000Z"));

        SessionMinting.Result result = minting.mintEnded();

        assertEquals(List.of(43L), result.notEnded());
        assertEquals(List.of(), result.minted());
        assertEquals(Optional.empty(), catalogue.doiOf(43));
        assertEquals(0, registrar.inner().size());
    }

    @Test
    void aRegistrarOutageFailsTheSessionWithoutStoringAndTheNextRunMintsIt() throws Exception {
        catalogue.add(investigation(42, "2026-03-15T08:00:00.000Z"));
        registrar.down = true;

        SessionMinting.Result failed = minting.mintEnded();

        assertEquals(List.of(), failed.minted());
        assertEquals(1, failed.failed().size());
        assertTrue(failed.failed().get(0).startsWith("42: "), failed.failed().toString());
        assertEquals(Optional.empty(), catalogue.doiOf(42));

        registrar.down = false;
        SessionMinting.Result again = minting.mintEnded();

        assertEquals(List.of(catalogue.doiOf(42).orElseThrow()), again.minted());
        assertEquals(List.of(), again.failed());
    }

    @Test
    void aFailedWriteBackKeepsTheOthersGoingAndTheRerunReusesTheRegisteredDoi() throws Exception {
        catalogue.add(investigation(42, "2026-03-15T08:00:00.000Z")).add(investigation(44, "2026-03-20T08:00:00.000Z"));
        catalogue.failStoreFor = 42;

        SessionMinting.Result first = minting.mintEnded();

        assertEquals(1, first.minted().size());
        assertEquals(List.of(44L), catalogue.stored);
        assertTrue(first.failed().get(0).startsWith("42: "), first.failed().toString());
        assertEquals(2, registrar.inner().size());

        catalogue.failStoreFor = -1;
        SessionMinting.Result second = minting.mintEnded();

        assertEquals(1, second.minted().size());
        assertEquals(List.of(44L, 42L), catalogue.stored);
        assertEquals(2, registrar.inner().size(), "the DOI registered in the failed run is reused, not a second one");
    }

    @Test
    void nothingToDoWhenEverySessionHasItsDoi() throws Exception {
        catalogue.add(Json.createObjectBuilder(investigation(42, "2026-03-15T08:00:00.000Z"))
                .add("doi", "10.5072/ESRF-ES-42").build());

        SessionMinting.Result result = minting.mintEnded();

        assertEquals(new SessionMinting.Result(List.of(), List.of(), List.of()), result);
        assertEquals(0, registrar.inner().size());
    }
}
