package org.beamcat.landing.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.ServiceSession;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.doi.Doi;

/**
 * The DOI service's view of the catalogue, through icat-client as the configured service user: the
 * investigations to mint for, one investigation with what its DOI record needs, and the write-back of
 * the DOI. The service session is kept and renewed by logging in again when ICAT says it is gone.
 */
@ApplicationScoped
public class SessionCatalogue {

    /** What an investigation's DOI record needs, as the INCLUDE of a search for {@code i}. */
    public static final String INCLUDE = " INCLUDE i.investigationUsers iu, iu.user, i.investigationInstruments ii,"
            + " ii.instrument, i.type";

    @Inject
    IcatClient icat;

    @Inject
    ServiceCatalogue service;

    /** Ids of the investigations that have an end date and no DOI yet, oldest first. */
    public List<Long> withoutDoi() throws IcatException {
        JsonArray rows = asService(session -> icat.search(session,
                "SELECT i.id FROM Investigation i WHERE i.doi IS NULL AND i.endDate IS NOT NULL ORDER BY i.id"));
        List<Long> ids = new ArrayList<>();
        for (JsonValue row : rows) {
            ids.add(((JsonNumber) row).longValue());
        }
        return ids;
    }

    /** The investigation with its members, instruments and type, as the REST API gives it. */
    public Optional<JsonObject> investigation(long id) throws IcatException {
        return first(asService(session -> icat.search(session,
                "SELECT i FROM Investigation i WHERE i.id = " + id + INCLUDE)));
    }

    /** Writes the DOI on the investigation. */
    public void storeDoi(long investigationId, Doi doi) throws IcatException {
        asService(session -> {
            icat.update(session, "Investigation",
                    Json.createObjectBuilder().add("id", investigationId).add("doi", doi.toString()).build());
            return null;
        });
    }

    /** Whether the session belongs to one of the catalogue's root users. */
    public boolean isRoot(String sessionId) throws IcatException {
        return service.isRoot(sessionId);
    }

    private static Optional<JsonObject> first(JsonArray rows) {
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(SessionMetadataBuilder.inner(rows.getJsonObject(0)));
    }

    private <T> T asService(ServiceSession.Call<T> call) throws IcatException {
        return service.call(call);
    }
}
