package org.beamcat.landing.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.validation.InvalidDoiMetadataException;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DoiRegistrar} must do, so the minting workflow cannot tell them apart. Each adapter's
 * test extends this and says how to build the registrar and how to count what it holds.
 */
public abstract class DoiRegistrarContractTest {

    protected static final MetadataValidator VALIDATOR =
            new MetadataValidator(Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC));

    /** The registrar under test, fresh for each test. */
    protected abstract DoiRegistrar registrar();

    /** How many DOIs the registration agency holds, in any state. */
    protected abstract int doiCount();

    private final DoiMetadata session = EsrfRecords.experimentSession(2210534378L);
    private final Doi doi = session.doi();

    @Test
    void anUnknownDoiIsNotFound() {
        assertEquals(Optional.empty(), registrar().find(doi));
    }

    @Test
    void aNewDoiIsADraftWithItsLandingPage() {
        RegisteredDoi draft = registrar().createDraft(session);
        assertEquals(new RegisteredDoi(doi, DoiState.DRAFT, Optional.of(session.url())), draft);
        assertEquals(Optional.of(draft), registrar().find(doi));
    }

    @Test
    void publishingMakesItFindable() {
        registrar().createDraft(session);
        RegisteredDoi published = registrar().publish(doi);
        assertEquals(DoiState.FINDABLE, published.state());
        assertEquals(DoiState.FINDABLE, registrar().find(doi).orElseThrow().state());
        assertEquals(1, doiCount());
    }

    @Test
    void doisAreFoundWhateverTheirCase() {
        registrar().createDraft(session);
        assertTrue(registrar().find(Doi.parse(doi.toString().toLowerCase())).isPresent());
    }

    @Test
    void creatingTheSameDraftAgainKeepsOneDoiWithTheNewMetadata() {
        registrar().createDraft(session);
        URI moved = URI.create("https://doi.esrf.fr/moved/" + doi);
        RegisteredDoi again = registrar().createDraft(session.toBuilder().url(moved).build());
        assertEquals(DoiState.DRAFT, again.state());
        assertEquals(Optional.of(moved), again.url());
        assertEquals(1, doiCount());
    }

    @Test
    void creatingAgainAfterPublishingNeverGoesBackToDraft() {
        registrar().createDraft(session);
        registrar().publish(doi);
        assertEquals(DoiState.FINDABLE, registrar().createDraft(session).state());
        assertEquals(1, doiCount());
    }

    @Test
    void publishingTwiceChangesNothing() {
        registrar().createDraft(session);
        registrar().publish(doi);
        assertEquals(DoiState.FINDABLE, registrar().publish(doi).state());
        assertEquals(1, doiCount());
    }

    @Test
    void updatingKeepsTheState() {
        registrar().createDraft(session);
        registrar().publish(doi);
        URI moved = URI.create("https://doi.esrf.fr/v2/" + doi);
        RegisteredDoi updated = registrar().update(session.toBuilder().url(moved).build());
        assertEquals(new RegisteredDoi(doi, DoiState.FINDABLE, Optional.of(moved)), updated);
    }

    @Test
    void updatingOrPublishingAnUnknownDoiIsNotFoundAndCreatesNothing() {
        assertEquals(RegistrarException.Kind.NOT_FOUND,
                assertThrows(RegistrarException.class, () -> registrar().update(session)).kind());
        assertEquals(RegistrarException.Kind.NOT_FOUND,
                assertThrows(RegistrarException.class, () -> registrar().publish(doi)).kind());
        assertEquals(0, doiCount());
    }

    @Test
    void invalidMetadataIsRefusedBeforeAnythingIsRegistered() {
        DoiMetadata noTitle = session.toBuilder().clearTitles().publicationYear(null).build();
        InvalidDoiMetadataException refused = assertThrows(InvalidDoiMetadataException.class,
                () -> registrar().createDraft(noTitle));
        assertEquals(2, refused.violations().size());
        assertEquals(0, doiCount());
    }

    @Test
    void invalidMetadataIsRefusedOnUpdateToo() {
        registrar().createDraft(session);
        assertThrows(InvalidDoiMetadataException.class,
                () -> registrar().update(session.toBuilder().language("English").build()));
    }

    @Test
    void mintingEndsFindableAndCanBeRepeated() {
        DoiMinter minter = new DoiMinter(registrar(), VALIDATOR);
        assertEquals(DoiState.FINDABLE, minter.mint(session).state());
        assertEquals(DoiState.FINDABLE, minter.mint(session).state());
        assertEquals(1, doiCount());
    }

    @Test
    void mintingResumesFromALeftOverDraft() {
        registrar().createDraft(session);
        RegisteredDoi minted = new DoiMinter(registrar(), VALIDATOR).mint(session);
        assertEquals(DoiState.FINDABLE, minted.state());
        assertEquals(1, doiCount());
    }

    @Test
    void hidingWithdrawsAFindableDoiAndCanBeRepeated() {
        registrar().createDraft(session);
        registrar().publish(doi);
        assertEquals(DoiState.REGISTERED, registrar().hide(doi).state());
        assertEquals(DoiState.REGISTERED, registrar().hide(doi).state());
        assertEquals(DoiState.REGISTERED, registrar().find(doi).orElseThrow().state());
        assertEquals(1, doiCount());
    }

    @Test
    void hidingADraftOrAnUnknownDoiIsRefused() {
        assertEquals(RegistrarException.Kind.NOT_FOUND,
                assertThrows(RegistrarException.class, () -> registrar().hide(doi)).kind());
        registrar().createDraft(session);
        assertEquals(RegistrarException.Kind.INVALID,
                assertThrows(RegistrarException.class, () -> registrar().hide(doi)).kind());
        assertEquals(DoiState.DRAFT, registrar().find(doi).orElseThrow().state());
    }
}
