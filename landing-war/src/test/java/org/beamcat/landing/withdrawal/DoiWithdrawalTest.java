package org.beamcat.landing.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.records.LandingRecords;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.EsrfRecords;
import org.beamcat.landing.registrar.FlakyRegistrar;
import org.beamcat.landing.registrar.RegistrarException;
import org.junit.jupiter.api.Test;

/** Withdrawing a DOI against the in-memory catalogue and the offline registrar. */
class DoiWithdrawalTest {

    private static final MetadataValidator VALIDATOR =
            new MetadataValidator(Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC));

    private final Doi doi = EsrfRecords.sessionDoi(42);
    private final DoiHolder investigation = new DoiHolder("Investigation", 42, 1);
    private final InMemoryWithdrawalCatalogue catalogue = new InMemoryWithdrawalCatalogue().holder(doi, investigation);
    private final FlakyRegistrar registrar = new FlakyRegistrar(VALIDATOR);
    private final List<Doi> forgotten = new ArrayList<>();
    private final DoiWithdrawal withdrawal = new DoiWithdrawal();

    DoiWithdrawalTest() {
        withdrawal.catalogue = catalogue;
        withdrawal.registrar = registrar;
        withdrawal.records = new LandingRecords() {
            @Override
            public void forget(Doi changed) {
                forgotten.add(changed);
            }
        };
        registrar.createDraft(EsrfRecords.experimentSession(42));
        registrar.publish(doi);
    }

    @Test
    void hidesTheDoiRecordsTheReasonAndForgetsTheCachedPage() throws Exception {
        DoiWithdrawal.Outcome outcome = withdrawal.withdraw(doi, "  sample mislabelled  ");

        assertEquals(DoiState.REGISTERED, outcome.registered().state());
        assertEquals(DoiState.REGISTERED, registrar.find(doi).orElseThrow().state());
        assertEquals("sample mislabelled", catalogue.reasons.get(investigation));
        assertFalse(outcome.alreadyWithdrawn());
        assertEquals(List.of(doi), forgotten);
    }

    @Test
    void withdrawingAgainKeepsTheFirstReason() throws Exception {
        withdrawal.withdraw(doi, "sample mislabelled");
        DoiWithdrawal.Outcome again = withdrawal.withdraw(doi, "another reason");

        assertTrue(again.alreadyWithdrawn());
        assertEquals("sample mislabelled", again.reason());
        assertEquals(List.of(investigation), catalogue.records, "recorded once");
    }

    @Test
    void aReasonIsRequiredAndBoundedBeforeAnythingChanges() {
        assertThrows(IllegalArgumentException.class, () -> withdrawal.withdraw(doi, "   "));
        assertThrows(IllegalArgumentException.class, () -> withdrawal.withdraw(doi, null));
        assertThrows(IllegalArgumentException.class,
                () -> withdrawal.withdraw(doi, "x".repeat(DoiWithdrawal.MAX_REASON + 1)));
        assertEquals(DoiState.FINDABLE, registrar.find(doi).orElseThrow().state());
        assertEquals(List.of(), catalogue.records);
    }

    @Test
    void aDoiNoEntityCarriesIsNotFoundAndTheRegistrarIsNotAsked() {
        Doi unknown = EsrfRecords.sessionDoi(7);
        registrar.down = true;
        assertThrows(NoSuchElementException.class, () -> withdrawal.withdraw(unknown, "gone"));
        assertEquals(List.of(), forgotten);
    }

    @Test
    void whenTheRegistrarIsDownNothingIsRecorded() {
        registrar.down = true;
        RegistrarException refused = assertThrows(RegistrarException.class, () -> withdrawal.withdraw(doi, "gone"));
        assertTrue(refused.isTransient());
        assertEquals(List.of(), catalogue.records);
    }

    @Test
    void whenTheCatalogueWriteFailsRunningItAgainFinishesTheJob() throws Exception {
        catalogue.recordFails = true;
        assertThrows(IcatException.class, () -> withdrawal.withdraw(doi, "sample mislabelled"));
        assertEquals(DoiState.REGISTERED, registrar.find(doi).orElseThrow().state(), "hidden first");

        DoiWithdrawal.Outcome finished = withdrawal.withdraw(doi, "sample mislabelled");
        assertFalse(finished.alreadyWithdrawn());
        assertEquals("sample mislabelled", catalogue.reasons.get(investigation));
    }
}
