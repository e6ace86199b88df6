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
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.doi.Doi;

/** {@link SessionCatalogue} over icat-client, as the DOI service's own user ({@link ServiceCatalogue}). */
@ApplicationScoped
public class IcatSessionCatalogue implements SessionCatalogue {

    /** What an investigation's DOI record needs, as the INCLUDE of a search for {@code i}. */
    public static final String INCLUDE = " INCLUDE i.investigationUsers iu, iu.user, i.investigationInstruments ii,"
            + " ii.instrument, i.type";

    private static final IcatQuery WITHOUT_DOI = IcatQuery.of(
            "SELECT i.id FROM Investigation i WHERE i.doi IS NULL AND i.endDate IS NOT NULL ORDER BY i.id");
    private static final IcatQuery INVESTIGATION = IcatQuery.of("SELECT i FROM Investigation i WHERE i.id = :id"
            + INCLUDE);

    @Inject
    ServiceCatalogue service;

    @Override
    public List<Long> withoutDoi() throws IcatException {
        List<Long> ids = new ArrayList<>();
        for (JsonValue row : service.search(WITHOUT_DOI)) {
            ids.add(((JsonNumber) row).longValue());
        }
        return ids;
    }

    @Override
    public Optional<JsonObject> investigation(long id) throws IcatException {
        JsonArray rows = service.search(INVESTIGATION.with("id", id));
        return rows.isEmpty() ? Optional.empty() : Optional.of(SessionMetadataBuilder.inner(rows.getJsonObject(0)));
    }

    @Override
    public void storeDoi(long investigationId, Doi doi) throws IcatException {
        service.account().update("Investigation",
                Json.createObjectBuilder().add("id", investigationId).add("doi", doi.toString()).build());
    }
}
