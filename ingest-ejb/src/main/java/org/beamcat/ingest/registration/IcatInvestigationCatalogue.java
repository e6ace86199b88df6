package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueJson.date;
import static org.beamcat.ingest.registration.CatalogueJson.ref;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;

/** {@link InvestigationCatalogue} over icat-client: ICAT searches and entity JSON. */
public final class IcatInvestigationCatalogue implements InvestigationCatalogue {

    private final CatalogueSession catalogue;

    public IcatInvestigationCatalogue(CatalogueSession catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Instrument> instruments() throws IcatException {
        List<Instrument> instruments = new ArrayList<>();
        for (JsonValue row : catalogue.search(IcatQuery.of("SELECT ins FROM Instrument ins ORDER BY ins.id"))) {
            JsonObject instrument = row.asJsonObject().getJsonObject("Instrument");
            instruments.add(new Instrument(instrument.getJsonNumber("id").longValue(), instrument.getString("name", "")));
        }
        return instruments;
    }

    @Override
    public long facilityOfInstrument(long instrumentId) throws IcatException {
        return catalogue.search(IcatQuery.of("SELECT ins.facility.id FROM Instrument ins WHERE ins.id = :id")
                .with("id", instrumentId)).getJsonNumber(0).longValue();
    }

    @Override
    public List<SessionMatch.Candidate> sessions(long facilityId, String proposal, long instrumentId)
            throws IcatException {
        JsonArray rows = catalogue.search(IcatQuery.of("SELECT i FROM Investigation i WHERE i.facility.id = :facility"
                + " AND i.name = :proposal ORDER BY i.id").with("facility", facilityId).with("proposal", proposal));
        List<SessionMatch.Candidate> sessions = new ArrayList<>();
        for (JsonValue row : rows) {
            JsonObject investigation = row.asJsonObject().getJsonObject("Investigation");
            long id = investigation.getJsonNumber("id").longValue();
            boolean onBeamline = !catalogue.search(IcatQuery.of("SELECT ii.id FROM InvestigationInstrument ii WHERE "
                    + "ii.investigation.id = :investigation AND ii.instrument.id = :instrument")
                    .with("investigation", id).with("instrument", instrumentId)).isEmpty();
            sessions.add(new SessionMatch.Candidate(id, investigation.getString("visitId", null),
                    date(investigation, "startDate"), date(investigation, "endDate"), onBeamline));
        }
        return sessions;
    }

    @Override
    public Optional<Long> investigationType(long facilityId, String name) throws IcatException {
        JsonArray ids = catalogue.search(IcatQuery.of("SELECT t.id FROM InvestigationType t WHERE t.facility.id = :facility"
                + " AND t.name = :name").with("facility", facilityId).with("name", name));
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.getJsonNumber(0).longValue());
    }

    @Override
    public long create(NewSession session) throws IcatException {
        JsonObjectBuilder investigation = Json.createObjectBuilder()
                .add("name", session.proposal()).add("visitId", session.visitId()).add("title", session.title())
                .add("startDate", IcatDates.format(session.start()))
                .add("facility", ref(session.facilityId())).add("type", ref(session.typeId()))
                .add("investigationInstruments", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("instrument", ref(session.instrumentId()))));
        if (session.end() != null) {
            investigation.add("endDate", IcatDates.format(session.end()));
        }
        return catalogue.write(List.of(Json.createObjectBuilder().add("Investigation", investigation).build())).get(0);
    }

    @Override
    public void change(SessionChange change) throws IcatException {
        List<JsonObject> changes = new ArrayList<>();
        JsonObjectBuilder investigation = Json.createObjectBuilder().add("id", change.id());
        boolean changed = false;
        if (change.start() != null) {
            investigation.add("startDate", IcatDates.format(change.start()));
            if (change.end() != null) {
                investigation.add("endDate", IcatDates.format(change.end()));
            }
            changed = true;
        }
        if (change.visitId() != null) {
            investigation.add("visitId", change.visitId());
            changed = true;
        }
        if (changed) {
            changes.add(Json.createObjectBuilder().add("Investigation", investigation).build());
        }
        if (change.linkInstrument() != null) {
            changes.add(Json.createObjectBuilder().add("InvestigationInstrument", Json.createObjectBuilder()
                    .add("investigation", ref(change.id())).add("instrument", ref(change.linkInstrument()))).build());
        }
        if (!changes.isEmpty()) {
            catalogue.write(changes);
        }
    }
}
