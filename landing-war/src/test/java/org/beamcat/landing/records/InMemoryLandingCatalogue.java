package org.beamcat.landing.records;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.landing.doi.Doi;

/**
 * The in-memory {@link LandingCatalogue} of the use-case tests: investigations and data collections by DOI
 * (inner objects, as the ICAT REST API writes them), withdrawals by investigation, and the datasets behind each
 * entity with their file counts and sizes. {@link #reads} counts the calls, as the adapter counts searches.
 */
public final class InMemoryLandingCatalogue implements LandingCatalogue {

    private final Map<Doi, JsonObject> investigations = new HashMap<>();
    private final Map<Doi, JsonObject> collections = new HashMap<>();
    private final Map<Long, List<JsonObject>> collectionInvestigations = new HashMap<>();
    private final Map<Long, JsonObject> withdrawals = new HashMap<>();
    private final Map<String, List<DatasetRow>> datasets = new HashMap<>();
    public int reads;

    public InMemoryLandingCatalogue investigation(Doi doi, JsonObject investigation) {
        investigations.put(doi, investigation);
        return this;
    }

    public InMemoryLandingCatalogue collection(Doi doi, JsonObject collection, List<JsonObject> ofInvestigations) {
        collections.put(doi, collection);
        collectionInvestigations.put(collection.getJsonNumber("id").longValue(), List.copyOf(ofInvestigations));
        return this;
    }

    public InMemoryLandingCatalogue withdrawal(long investigationId, JsonObject parameter) {
        withdrawals.put(investigationId, parameter);
        return this;
    }

    public InMemoryLandingCatalogue dataset(LandingRecord.Kind kind, long entityId, DatasetRow row) {
        datasets.computeIfAbsent(kind + "/" + entityId, k -> new ArrayList<>()).add(row);
        return this;
    }

    private List<DatasetRow> behind(LandingRecord.Kind kind, long entityId) {
        return datasets.getOrDefault(kind + "/" + entityId, List.of()).stream()
                .sorted(Comparator.comparing(DatasetRow::name).thenComparing(DatasetRow::id)).toList();
    }

    @Override
    public Optional<JsonObject> investigationWithDoi(Doi doi) {
        reads++;
        return Optional.ofNullable(investigations.get(doi));
    }

    @Override
    public Optional<JsonObject> collectionWithDoi(Doi doi) {
        reads++;
        return Optional.ofNullable(collections.get(doi));
    }

    @Override
    public List<JsonObject> investigationsOfCollection(long collectionId) {
        reads++;
        return collectionInvestigations.getOrDefault(collectionId, List.of());
    }

    @Override
    public Optional<JsonObject> investigationWithdrawal(long investigationId) {
        reads++;
        return Optional.ofNullable(withdrawals.get(investigationId));
    }

    @Override
    public DatasetPage datasets(LandingRecord.Kind kind, long entityId, int page) {
        reads++;
        List<DatasetRow> all = behind(kind, entityId);
        int from = Math.min(all.size(), DatasetPage.offset(page));
        List<DatasetRow> rows = all.subList(from, Math.min(all.size(), from + DatasetPage.PAGE_SIZE));
        return new DatasetPage(rows, page, DatasetPage.PAGE_SIZE, all.size(),
                all.stream().mapToLong(DatasetRow::fileCount).sum(), all.stream().mapToLong(DatasetRow::fileSize).sum());
    }

    @Override
    public boolean hasDataset(LandingRecord.Kind kind, long entityId, long datasetId) {
        reads++;
        return behind(kind, entityId).stream().anyMatch(d -> d.id() == datasetId);
    }

    @Override
    public List<Long> collectionDatasetIds(long collectionId) {
        reads++;
        return behind(LandingRecord.Kind.COLLECTION, collectionId).stream().map(DatasetRow::id).sorted().toList();
    }
}
