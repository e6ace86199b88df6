package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueJson.date;
import static org.beamcat.ingest.registration.CatalogueJson.ref;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.icat.client.IcatQuery;
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

    private final CatalogueSession catalogue;

    public InvestigationSync(CatalogueSession catalogue) {
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
        long type = investigationType(instrument.facilityId());
        JsonObjectBuilder investigation = Json.createObjectBuilder()
                .add("name", message.proposal()).add("visitId", visitId)
                .add("title", "Proposal " + message.proposal() + " on " + message.beamline())
                .add("startDate", IcatDates.format(message.startDate()))
                .add("facility", ref(instrument.facilityId())).add("type", ref(type))
                .add("investigationInstruments", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("instrument", ref(instrument.id()))));
        message.endDateIfAny().ifPresent(end -> investigation.add("endDate", IcatDates.format(end)));
        try {
            long id = catalogue.write(List.of(Json.createObjectBuilder().add("Investigation", investigation).build()))
                    .get(0);
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
        List<JsonObject> changes = new ArrayList<>();
        OffsetDateTime end = message.endDateIfAny().orElse(existing.end());
        JsonObjectBuilder investigation = Json.createObjectBuilder().add("id", existing.id());
        boolean changed = false;
        if (!SessionMatch.sameInstant(existing.start(), message.startDate())
                || !SessionMatch.sameInstant(existing.end(), end)) {
            investigation.add("startDate", IcatDates.format(message.startDate()));
            if (end != null) {
                investigation.add("endDate", IcatDates.format(end));
            }
            changed = true;
        }
        boolean adopted = !visitId.equals(existing.visitId()) && message.investigationIdIfAny().isPresent();
        if (adopted) {
            // a session created before the portal's id was known takes it (SessionMatch)
            investigation.add("visitId", visitId);
            changed = true;
        }
        if (changed) {
            changes.add(Json.createObjectBuilder().add("Investigation", investigation).build());
        }
        if (!existing.onBeamline()) {
            changes.add(Json.createObjectBuilder().add("InvestigationInstrument", Json.createObjectBuilder()
                    .add("investigation", ref(existing.id())).add("instrument", ref(instrument.id()))).build());
        }
        if (changes.isEmpty()) {
            return new Synced(existing.id(), Outcome.UNCHANGED);
        }
        try {
            catalogue.write(changes);
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
        JsonArray rows = catalogue.search(IcatQuery.of("SELECT i FROM Investigation i WHERE i.facility.id = :facility"
                + " AND i.name = :proposal ORDER BY i.id")
                .with("facility", instrument.facilityId()).with("proposal", message.proposal()));
        List<SessionMatch.Candidate> sessions = new ArrayList<>();
        for (JsonValue row : rows) {
            JsonObject investigation = row.asJsonObject().getJsonObject("Investigation");
            long id = investigation.getJsonNumber("id").longValue();
            boolean onBeamline = !catalogue.search(IcatQuery.of("SELECT ii.id FROM InvestigationInstrument ii WHERE "
                    + "ii.investigation.id = :investigation AND ii.instrument.id = :instrument")
                    .with("investigation", id).with("instrument", instrument.id())).isEmpty();
            sessions.add(new SessionMatch.Candidate(id, investigation.getString("visitId", null),
                    date(investigation, "startDate"), date(investigation, "endDate"), onBeamline));
        }
        return SessionMatch.choose(sessions, message);
    }

    private Instrument instrument(String beamline) throws IcatException, RegistrationRejected {
        List<Long> matching = new ArrayList<>();
        for (JsonValue row : catalogue.search(IcatQuery.of("SELECT ins FROM Instrument ins ORDER BY ins.id"))) {
            JsonObject instrument = row.asJsonObject().getJsonObject("Instrument");
            if (beamline.equalsIgnoreCase(instrument.getString("name", ""))) {
                matching.add(instrument.getJsonNumber("id").longValue());
            }
        }
        if (matching.isEmpty()) {
            throw new RegistrationRejected("unknown instrument " + beamline);
        }
        if (matching.size() > 1) {
            throw new RegistrationRejected(matching.size() + " instruments are named " + beamline + "; cannot choose");
        }
        long facility = catalogue.search(IcatQuery.of("SELECT ins.facility.id FROM Instrument ins WHERE ins.id = :id")
                .with("id", matching.get(0)))
                .getJsonNumber(0).longValue();
        return new Instrument(matching.get(0), facility);
    }

    private long investigationType(long facilityId) throws IcatException, RegistrationRejected {
        JsonArray ids = catalogue.search(IcatQuery.of("SELECT t.id FROM InvestigationType t WHERE t.facility.id = :facility"
                + " AND t.name = :name").with("facility", facilityId).with("name", INVESTIGATION_TYPE));
        if (ids.isEmpty()) {
            throw new RegistrationRejected("the facility has no InvestigationType named " + INVESTIGATION_TYPE);
        }
        return ids.getJsonNumber(0).longValue();
    }
}
