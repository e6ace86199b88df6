package org.beamcat.landing.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;

/**
 * The facility's ParameterTypes that carry DOI information ({@code doi.title}, {@code doi.abstract},
 * {@code doi.creators} on data collections; {@code doi.withdrawn} on investigations and data
 * collections), all STRING with units {@code N/A}. Created when missing by whoever writes first, as the
 * catalogue conventions shared with the landing pages say.
 */
@ApplicationScoped
public class DoiParameterTypes {

    public static final String TITLE = "doi.title";
    public static final String ABSTRACT = "doi.abstract";
    public static final String CREATORS = "doi.creators";
    public static final String WITHDRAWN = "doi.withdrawn";
    public static final String UNITS = "N/A";

    @Inject
    ServiceCatalogue service;

    /** The id of the type in this facility, created (as the service user) when it does not exist yet. */
    public long ensure(String name, long facilityId) throws IcatException {
        IcatQuery query = IcatQuery.of("SELECT t.id FROM ParameterType t WHERE t.name = :name AND t.units = :units"
                + " AND t.facility.id = :facility").with("name", name).with("units", UNITS).with("facility", facilityId);
        JsonArray found = service.search(query);
        if (!found.isEmpty()) {
            return found.getJsonNumber(0).longValue();
        }
        boolean withdrawal = name.equals(WITHDRAWN);
        try {
            return service.call(session -> service.client().create(session, "ParameterType", Json.createObjectBuilder()
                    .add("name", name).add("units", UNITS).add("valueType", "STRING")
                    .add("facility", Json.createObjectBuilder().add("id", facilityId))
                    .add("applicableToDataCollection", true)
                    .add("applicableToInvestigation", withdrawal)
                    .add("description", description(name))
                    .build()));
        } catch (IcatException e) {
            // Another writer created it in the meantime (the name is unique per facility and units).
            JsonArray again = service.search(query);
            if (again.isEmpty()) {
                throw e;
            }
            return again.getJsonNumber(0).longValue();
        }
    }

    private static String description(String name) {
        return switch (name) {
            case TITLE -> "Title of a data-collection DOI";
            case ABSTRACT -> "Abstract of a data-collection DOI";
            case CREATORS -> "Creators of a data-collection DOI (JSON array)";
            default -> "Reason a DOI was withdrawn (its tombstone text)";
        };
    }
}
