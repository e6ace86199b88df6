package org.beamcat.landing.sessions;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;

/**
 * The in-memory {@link SessionCatalogue} of the use-case tests: investigations as the ICAT REST API writes
 * them (inner objects), by id. {@link #failStoreFor} makes the write-back of one investigation fail.
 */
public final class InMemorySessionCatalogue implements SessionCatalogue {

    private final TreeMap<Long, JsonObject> investigations = new TreeMap<>();
    /** The investigation whose DOI write-back fails (ICAT refuses), or -1. */
    public long failStoreFor = -1;
    public final List<Long> stored = new ArrayList<>();

    public InMemorySessionCatalogue add(JsonObject investigation) {
        investigations.put(investigation.getJsonNumber("id").longValue(), investigation);
        return this;
    }

    public Optional<String> doiOf(long id) {
        return Optional.ofNullable(investigations.get(id)).map(i -> i.getString("doi", null));
    }

    @Override
    public List<Long> withoutDoi() {
        return investigations.values().stream().filter(i -> !i.containsKey("doi") && i.containsKey("endDate"))
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    @Override
    public Optional<JsonObject> investigation(long id) {
        return Optional.ofNullable(investigations.get(id));
    }

    @Override
    public void storeDoi(long investigationId, Doi doi) throws IcatException {
        if (investigationId == failStoreFor) {
            throw new IcatException("the catalogue is read-only", null);
        }
        investigations.put(investigationId, Json.createObjectBuilder(investigations.get(investigationId))
                .add("doi", doi.toString()).build());
        stored.add(investigationId);
    }
}
