package org.beamcat.ingest.registration;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.messages.InvestigationMessage;

/**
 * Creates or updates the experiment session an {@code investigation} message describes, idempotently.
 *
 * <p>A session is the investigation named after the proposal, in the facility of the beamline, whose
 * {@code visitId} is {@link SessionKey#visitId the session key}: the user portal's {@code investigationId}
 * when the message has one, else {@code <beamline>-<start day>} (the demo facility's convention). An
 * existing session is also recognised as {@link SessionMatch} says: without a portal id, by the same start
 * on the same beamline; with one, a session created before the id was known is adopted (it takes the id as
 * visitId) instead of a second session being created. When found, its dates follow the message (the
 * portal reschedules sessions; an open end in the message keeps a known end) and the beamline is linked if
 * it was not; otherwise it is created with its {@code InvestigationInstrument}. Nothing is written before every check passed.
 */
public final class InvestigationSync {

    private static final Logger LOG = Logger.getLogger(InvestigationSync.class.getName());
    /** The investigation type of sessions created from messages. */
    static final String INVESTIGATION_TYPE = "experiment";

    private final InvestigationCatalogue catalogue;

    public InvestigationSync(InvestigationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What a sync did: the investigation and whether it was created, updated or already as described. */
    public record Synced(long investigationId, Outcome outcome) {
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private record Instrument(long id, long facilityId) {
    }

    public Synced sync(InvestigationMessage message) throws RegistrationRejected, IcatException {
        Instrument instrument = instrument(message.beamline());
        String visitId = SessionKey.visitId(message);
        Optional<SessionMatch.Candidate> existing = find(message, instrument);
        if (existing.isPresent()) {
            return update(existing.get(), message, instrument, visitId);
        }
        long type = catalogue.investigationType(instrument.facilityId(), INVESTIGATION_TYPE)
                .orElseThrow(() -> new RegistrationRejected("the facility has no InvestigationType named "
                        + INVESTIGATION_TYPE));
        try {
            long id = catalogue.create(new InvestigationCatalogue.NewSession(message.proposal(), visitId,
                    "Proposal " + message.proposal() + " on " + message.beamline(), message.startDate(),
                    message.endDateIfAny().orElse(null), instrument.facilityId(), type, instrument.id()));
            LOG.info("investigation " + message.proposal() + " (" + visitId + ") created as " + id);
            return new Synced(id, Outcome.CREATED);
        } catch (IcatException e) {
            if (e.type() != IcatErrorType.OBJECT_ALREADY_EXISTS) {
                throw CatalogueFailures.rejectedIfPermanent(e, "creating investigation " + message.proposal());
            }
            // the same session created meanwhile by a duplicate message: update that one
            Optional<SessionMatch.Candidate> raced = find(message, instrument);
            if (raced.isEmpty()) {
                throw new RegistrationRejected("investigation " + message.proposal() + " with visitId " + visitId
                        + " exists but is not this session (another beamline or start): " + e.getMessage());
            }
            return update(raced.get(), message, instrument, visitId);
        }
    }

    private Synced update(SessionMatch.Candidate existing, InvestigationMessage message, Instrument instrument,
            String visitId) throws IcatException, RegistrationRejected {
        OffsetDateTime end = message.endDateIfAny().orElse(existing.end());
        boolean datesChanged = !SessionMatch.sameInstant(existing.start(), message.startDate())
                || !SessionMatch.sameInstant(existing.end(), end);
        // a session created before the portal's id was known takes it (SessionMatch)
        boolean adopted = !visitId.equals(existing.visitId()) && message.investigationIdIfAny().isPresent();
        if (!datesChanged && !adopted && existing.onBeamline()) {
            return new Synced(existing.id(), Outcome.UNCHANGED);
        }
        try {
            catalogue.change(new InvestigationCatalogue.SessionChange(existing.id(),
                    datesChanged ? message.startDate() : null, datesChanged ? end : null, adopted ? visitId : null,
                    existing.onBeamline() ? null : instrument.id()));
        } catch (IcatException e) {
            throw CatalogueFailures.rejectedIfPermanent(e, "updating investigation " + existing.id());
        }
        LOG.info("investigation " + message.proposal() + " (" + existing.id() + ") updated from its message"
                + (adopted ? "; adopted as portal session " + visitId + " (was " + existing.visitId() + ")" : ""));
        return new Synced(existing.id(), Outcome.UPDATED);
    }

    /** The existing session the message describes ({@link SessionMatch}), if any. */
    private Optional<SessionMatch.Candidate> find(InvestigationMessage message, Instrument instrument)
            throws IcatException, RegistrationRejected {
        return SessionMatch.choose(catalogue.sessions(instrument.facilityId(), message.proposal(), instrument.id()),
                message);
    }

    private Instrument instrument(String beamline) throws IcatException, RegistrationRejected {
        List<Long> matching = new ArrayList<>();
        for (InvestigationCatalogue.Instrument instrument : catalogue.instruments()) {
            if (beamline.equalsIgnoreCase(instrument.name())) {
                matching.add(instrument.id());
            }
        }
        if (matching.isEmpty()) {
            throw new RegistrationRejected("unknown instrument " + beamline);
        }
        if (matching.size() > 1) {
            throw new RegistrationRejected(matching.size() + " instruments are named " + beamline + "; cannot choose");
        }
        return new Instrument(matching.get(0), catalogue.facilityOfInstrument(matching.get(0)));
    }
}
