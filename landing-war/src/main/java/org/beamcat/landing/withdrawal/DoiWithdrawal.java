package org.beamcat.landing.withdrawal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.records.LandingRecords;
import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.RegisteredDoi;

/**
 * Withdraws a DOI: hidden at the registrar (findable to registered, so it still resolves to the
 * tombstone) and marked in the catalogue with a {@code doi.withdrawn} parameter holding the reason.
 * Registrar first: if the catalogue write then fails, running the call again finishes the job (hiding
 * twice changes nothing, and the reason is recorded only once).
 */
@ApplicationScoped
public class DoiWithdrawal {

    /** The longest reason the catalogue can hold (ICAT's stringValue). */
    public static final int MAX_REASON = 4000;

    @Inject
    WithdrawalCatalogue catalogue;

    @Inject
    DoiRegistrar registrar;

    @Inject
    LandingRecords records;

    /** What a withdrawal did. */
    public record Outcome(Doi doi, DoiHolder holder, RegisteredDoi registered, String reason, boolean alreadyWithdrawn) {
    }

    /**
     * @throws IllegalArgumentException if the reason is blank or too long
     * @throws java.util.NoSuchElementException if no investigation or data collection carries the DOI
     * @throws org.beamcat.landing.registrar.RegistrarException as the registrar refuses or is unavailable
     */
    public Outcome withdraw(Doi doi, String reason) throws IcatException {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("reason is required: it is shown on the tombstone page");
        }
        if (text.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason is longer than " + MAX_REASON + " characters");
        }
        DoiHolder holder = catalogue.holderOf(doi).orElseThrow(
                () -> new java.util.NoSuchElementException("no investigation or data collection has the DOI " + doi));
        RegisteredDoi hidden = registrar.hide(doi);
        Optional<String> recorded = catalogue.reason(holder);
        if (recorded.isEmpty()) {
            catalogue.record(holder, text);
        }
        records.forget(doi);
        return new Outcome(doi, holder, hidden, recorded.orElse(text), recorded.isPresent());
    }
}
