package org.beamcat.landing.collections;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.doi.Doi;

/**
 * The in-memory {@link CollectionCatalogue} of the use-case tests: investigation 7 (MA-4321, member simple/alice)
 * with datasets 1 ("scan_0001") and 2 ("scan_0002"), dataset 3 elsewhere; sessions are named after their users
 * ("alice", "root"), session "restricted" belongs to alice but cannot read dataset 2.
 */
public final class InMemoryCollectionCatalogue implements CollectionCatalogue {
    public final Map<Long, JsonObject> collections = new HashMap<>();
    long nextId = 100;

    @Override
    public String userOf(String sessionId) throws IcatException {
        return switch (sessionId) {
            case "alice", "restricted" -> "simple/alice";
            case "root" -> "simple/root";
            case "bob" -> "simple/bob";
            default -> throw new IcatException(IcatErrorType.SESSION, "Session id " + sessionId + " is not valid", -1);
        };
    }

    @Override
    public InvestigationChoices investigationsOf(String userName, String nameFilter) {
        boolean matches = nameFilter == null || "ma-4321".contains(nameFilter.strip().toLowerCase(java.util.Locale.ROOT));
        return new InvestigationChoices((isRoot(userName) || isMember(userName, 7)) && matches
                ? List.of(new InvestigationChoice(7, "MA-4321", "Printed titanium")) : List.of(), false);
    }

    @Override
    public DatasetChoicePage datasetsOf(String sessionId, long investigationId, String nameFilter, int offset) {
        List<DatasetChoice> all = investigationId != 7 ? List.of()
                : sessionId.equals("restricted") ? List.of(new DatasetChoice(1, "scan_0001"))
                : List.of(new DatasetChoice(1, "scan_0001"), new DatasetChoice(2, "scan_0002"));
        String filter = nameFilter == null ? "" : nameFilter.strip().toLowerCase(java.util.Locale.ROOT);
        List<DatasetChoice> matching = all.stream().filter(d -> d.name().contains(filter)).toList();
        return new DatasetChoicePage(matching.subList(Math.min(Math.max(0, offset), matching.size()), matching.size()),
                matching.size());
    }

    @Override
    public boolean isRoot(String userName) {
        return userName.equals("simple/root");
    }

    @Override
    public boolean isMember(String userName, long investigationId) {
        return investigationId == 7 && userName.equals("simple/alice");
    }

    /** Session "restricted" cannot read dataset 2 (the catalogue's rules hide it). */
    @Override
    public List<Long> notReadableIn(String sessionId, long investigationId, java.util.Collection<Long> datasetIds) {
        return datasetIds.stream().distinct()
                .filter(id -> investigationId != 7 || id > 2 || id == 2 && sessionId.equals("restricted")).toList();
    }

    @Override
    public long create(long investigationId, CollectionRequest request) {
        long id = nextId++;
        JsonArrayBuilder parameters = Json.createArrayBuilder()
                .add(parameter(DoiParameterTypes.TITLE, request.title()))
                .add(parameter(DoiParameterTypes.ABSTRACT, request.abstractText()))
                .add(parameter(DoiParameterTypes.CREATORS, CollectionRequestCheck.creatorsJson(request.creators())));
        collections.put(id, Json.createObjectBuilder().add("id", id).add("parameters", parameters).build());
        return id;
    }

    @Override
    public List<Long> withoutDoi() {
        return collections.values().stream().filter(c -> !c.containsKey("doi"))
                .map(c -> c.getJsonNumber("id").longValue()).sorted().toList();
    }

    @Override
    public Optional<JsonObject> collection(long id) {
        return Optional.ofNullable(collections.get(id));
    }

    @Override
    public List<JsonObject> investigationsOfCollection(long id) {
        return List.of(Json.createObjectBuilder().add("id", 7).add("name", "MA-4321")
                .add("endDate", "2026-03-15T08:00:00.000Z")
                .add("investigationInstruments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("instrument", Json.createObjectBuilder().add("name", "ID11"))))
                .build());
    }

    @Override
    public void storeDoi(long collectionId, Doi doi) {
        collections.put(collectionId, Json.createObjectBuilder(collections.get(collectionId))
                .add("doi", doi.toString()).build());
    }

    private static JsonObject parameter(String type, String value) {
        return Json.createObjectBuilder().add("type", Json.createObjectBuilder().add("name", type))
                .add("stringValue", value).build();
    }
}
