package org.beamcat.landing.embargo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.landing.catalogue.ServiceCatalogue;

/** {@link EmbargoCatalogue} over icat-client, as the DOI service's own user ({@link ServiceCatalogue}). */
@ApplicationScoped
public class IcatEmbargoCatalogue implements EmbargoCatalogue {

    private static final IcatQuery WITHOUT_RELEASE_DATE = IcatQuery.of("SELECT i FROM Investigation i"
            + " WHERE i.releaseDate IS NULL AND i.endDate IS NOT NULL ORDER BY i.id LIMIT 0, :batch").with("batch", BATCH);
    private static final IcatQuery PUBLIC_READ_RULES = IcatQuery.of(
            "SELECT r.what FROM Rule r WHERE r.grouping IS NULL AND r.crudFlags = 'R'");

    @Inject
    ServiceCatalogue service;

    @Override
    public List<JsonObject> withoutReleaseDate() throws IcatException {
        List<JsonObject> rows = new ArrayList<>();
        for (JsonValue row : service.search(WITHOUT_RELEASE_DATE)) {
            rows.add(row.asJsonObject().getJsonObject("Investigation"));
        }
        return rows;
    }

    @Override
    public void setReleaseDates(Map<Long, String> dates) throws IcatException {
        List<JsonObject> updates = new ArrayList<>();
        dates.forEach((id, date) -> updates.add(Json.createObjectBuilder().add("Investigation",
                Json.createObjectBuilder().add("id", id).add("releaseDate", date)).build()));
        service.account().write(updates);
    }

    @Override
    public Set<String> publicReadRules() throws IcatException {
        Set<String> present = new HashSet<>();
        for (JsonValue what : service.search(PUBLIC_READ_RULES)) {
            present.add(((JsonString) what).getString());
        }
        return present;
    }

    @Override
    public void createPublicReadRules(List<String> whats) throws IcatException {
        List<JsonObject> rules = new ArrayList<>();
        for (String what : whats) {
            rules.add(Json.createObjectBuilder().add("Rule", Json.createObjectBuilder()
                    .add("what", what).add("crudFlags", "R")).build());
        }
        service.account().write(rules);
    }
}
