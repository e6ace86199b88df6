package org.beamcat.landing.embargo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.landing.catalogue.ServiceCatalogue;

/** The catalogue side of embargoes: release dates to fill in, and the public read rules. */
@ApplicationScoped
public class EmbargoCatalogue {

    /** Investigations handled per catalogue call. */
    static final int BATCH = 500;

    private static final IcatQuery WITHOUT_RELEASE_DATE = IcatQuery.of("SELECT i FROM Investigation i"
            + " WHERE i.releaseDate IS NULL AND i.endDate IS NOT NULL ORDER BY i.id LIMIT 0, :batch").with("batch", BATCH);
    private static final IcatQuery PUBLIC_READ_RULES = IcatQuery.of(
            "SELECT r.what FROM Rule r WHERE r.grouping IS NULL AND r.crudFlags = 'R'");

    @Inject
    ServiceCatalogue service;

    /** Ended investigations without a release date, as {@code {"id","endDate"}} objects; at most one batch. */
    public List<JsonObject> withoutReleaseDate() throws IcatException {
        List<JsonObject> rows = new ArrayList<>();
        for (JsonValue row : service.search(WITHOUT_RELEASE_DATE)) {
            rows.add(row.asJsonObject().getJsonObject("Investigation"));
        }
        return rows;
    }

    /** Sets the release dates (ICAT date strings by investigation id) in one transaction. */
    public void setReleaseDates(java.util.Map<Long, String> dates) throws IcatException {
        List<JsonObject> updates = new ArrayList<>();
        dates.forEach((id, date) -> updates.add(Json.createObjectBuilder().add("Investigation",
                Json.createObjectBuilder().add("id", id).add("releaseDate", date)).build()));
        service.account().write(updates);
    }

    /** Creates the public rules that are missing; returns how many were created. */
    public int ensurePublicRules() throws IcatException {
        Set<String> present = new HashSet<>();
        for (JsonValue what : service.search(PUBLIC_READ_RULES)) {
            present.add(((jakarta.json.JsonString) what).getString());
        }
        List<JsonObject> missing = new ArrayList<>();
        for (String what : PublicReadRules.WHAT) {
            if (!present.contains(what)) {
                missing.add(Json.createObjectBuilder().add("Rule", Json.createObjectBuilder()
                        .add("what", what).add("crudFlags", "R")).build());
            }
        }
        if (!missing.isEmpty()) {
            service.account().write(missing);
        }
        return missing.size();
    }
}
