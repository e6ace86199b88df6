package org.beamcat.ingest.registration;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.icat.client.IcatException;

/** The dataset parameter types of a facility, by name (several when units differ), read page by page. */
final class ParameterTypes {

    private static final int PAGE = 1000;

    private ParameterTypes() {
    }

    static Map<String, List<ParameterTypeInfo>> forDatasets(CatalogueSession catalogue, long facilityId)
            throws IcatException {
        Map<String, List<ParameterTypeInfo>> types = new HashMap<>();
        for (JsonValue row : catalogue.searchAll(IcatQuery.of("SELECT pt FROM ParameterType pt WHERE pt.facility.id = :facility"
                + " ORDER BY pt.id").with("facility", facilityId), PAGE)) {
            JsonObject pt = row.asJsonObject().getJsonObject("ParameterType");
            if (pt.containsKey("applicableToDataset") && !pt.getBoolean("applicableToDataset", true)) {
                continue;
            }
            ParameterTypeInfo info = new ParameterTypeInfo(pt.getJsonNumber("id").longValue(), pt.getString("name"),
                    pt.getString("units", null), pt.getString("valueType", "STRING"), pt.getString("description", null));
            types.computeIfAbsent(info.name(), k -> new ArrayList<>()).add(info);
        }
        return types;
    }
}
