package org.beamcat.landing.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.sessions.IcatSessionCatalogue;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/**
 * {@link LandingCatalogue} over icat-client, as the DOI service's own user ({@link ServiceCatalogue}): the
 * datasets behind a DOI as aggregates (one GROUP BY query per page plus two totals, whatever the number of
 * datasets); every search counted for the landing-page metrics.
 */
@ApplicationScoped
public class IcatLandingCatalogue implements LandingCatalogue {

    @Inject
    ServiceCatalogue service;

    @Inject
    LandingMetrics metrics;

    @Override
    public Optional<JsonObject> investigationWithDoi(Doi doi) throws IcatException {
        JsonArray rows = search(IcatQuery.of("SELECT i FROM Investigation i WHERE i.doi = :doi"
                + IcatSessionCatalogue.INCLUDE).with("doi", doi.toString()));
        return rows.isEmpty() ? Optional.empty() : Optional.of(SessionMetadataBuilder.inner(rows.getJsonObject(0)));
    }

    @Override
    public Optional<JsonObject> collectionWithDoi(Doi doi) throws IcatException {
        JsonArray rows = search(IcatQuery.of("SELECT dc FROM DataCollection dc WHERE dc.doi = :doi"
                + " INCLUDE dc.parameters p, p.type").with("doi", doi.toString()));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getJsonObject(0).getJsonObject("DataCollection"));
    }

    @Override
    public List<JsonObject> investigationsOfCollection(long collectionId) throws IcatException {
        JsonArray rows = search(IcatQuery.of("SELECT DISTINCT inv FROM Investigation inv"
                + " JOIN inv.datasets ds JOIN ds.dataCollectionDatasets dcd WHERE dcd.dataCollection.id = :collection"
                + " INCLUDE inv.investigationInstruments ii, ii.instrument").with("collection", collectionId));
        List<JsonObject> investigations = new ArrayList<>();
        for (JsonValue row : rows) {
            investigations.add(row.asJsonObject().getJsonObject("Investigation"));
        }
        return investigations;
    }

    @Override
    public Optional<JsonObject> investigationWithdrawal(long investigationId) throws IcatException {
        JsonArray rows = search(IcatQuery.of("SELECT p FROM InvestigationParameter p"
                + " WHERE p.investigation.id = :investigation AND p.type.name = :type ORDER BY p.id")
                .with("investigation", investigationId).with("type", DoiParameterTypes.WITHDRAWN));
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(rows.getJsonObject(0).getJsonObject("InvestigationParameter"));
    }

    @Override
    public DatasetPage datasets(LandingRecord.Kind kind, long entityId, int page) throws IcatException {
        boolean session = kind == LandingRecord.Kind.SESSION;
        JsonArray rows = search(IcatQuery.of(session
                ? "SELECT ds.id, ds.name, COUNT(df.id), SUM(df.fileSize) FROM Dataset ds LEFT JOIN ds.datafiles df"
                        + " WHERE ds.investigation.id = :entity"
                        + " GROUP BY ds.id, ds.name ORDER BY ds.name, ds.id LIMIT :offset, :size"
                : "SELECT ds.id, ds.name, COUNT(df.id), SUM(df.fileSize) FROM Dataset ds JOIN ds.dataCollectionDatasets dcd"
                        + " LEFT JOIN ds.datafiles df WHERE dcd.dataCollection.id = :entity"
                        + " GROUP BY ds.id, ds.name ORDER BY ds.name, ds.id LIMIT :offset, :size")
                .with("entity", entityId).with("offset", DatasetPage.offset(page)).with("size", DatasetPage.PAGE_SIZE));
        List<DatasetRow> datasets = new ArrayList<>();
        for (JsonValue row : rows) {
            JsonArray r = row.asJsonArray();
            datasets.add(new DatasetRow(number(r.get(0)), r.getString(1), number(r.get(2)), number(r.get(3))));
        }
        JsonArray count = search(IcatQuery.of(session
                ? "SELECT COUNT(ds.id) FROM Dataset ds WHERE ds.investigation.id = :entity"
                : "SELECT COUNT(ds.id) FROM Dataset ds JOIN ds.dataCollectionDatasets dcd"
                        + " WHERE dcd.dataCollection.id = :entity").with("entity", entityId));
        JsonArray files = search(IcatQuery.of(session
                ? "SELECT COUNT(df.id), SUM(df.fileSize) FROM Datafile df JOIN df.dataset ds"
                        + " WHERE ds.investigation.id = :entity"
                : "SELECT COUNT(df.id), SUM(df.fileSize) FROM Datafile df JOIN df.dataset ds"
                        + " JOIN ds.dataCollectionDatasets dcd WHERE dcd.dataCollection.id = :entity")
                .with("entity", entityId));
        JsonArray totals = files.isEmpty() ? JsonValue.EMPTY_JSON_ARRAY : files.get(0).asJsonArray();
        return new DatasetPage(datasets, page, DatasetPage.PAGE_SIZE, count.isEmpty() ? 0 : number(count.get(0)),
                totals.isEmpty() ? 0 : number(totals.get(0)), totals.isEmpty() ? 0 : number(totals.get(1)));
    }

    @Override
    public boolean hasDataset(LandingRecord.Kind kind, long entityId, long datasetId) throws IcatException {
        JsonArray count = search(IcatQuery.of(kind == LandingRecord.Kind.SESSION
                ? "SELECT COUNT(ds.id) FROM Dataset ds WHERE ds.investigation.id = :entity AND ds.id = :dataset"
                : "SELECT COUNT(ds.id) FROM Dataset ds JOIN ds.dataCollectionDatasets dcd"
                        + " WHERE dcd.dataCollection.id = :entity AND ds.id = :dataset")
                .with("entity", entityId).with("dataset", datasetId));
        return !count.isEmpty() && number(count.get(0)) > 0;
    }

    @Override
    public List<Long> collectionDatasetIds(long collectionId) throws IcatException {
        return service.account().searchAll(IcatQuery.of("SELECT ds.id FROM Dataset ds"
                + " JOIN ds.dataCollectionDatasets dcd WHERE dcd.dataCollection.id = :collection ORDER BY ds.id")
                .with("collection", collectionId), 1000).stream().map(IcatLandingCatalogue::number)
                .collect(Collectors.toList());
    }

    /** One catalogue search as the DOI service user, counted for the landing-page metrics. */
    private JsonArray search(IcatQuery query) throws IcatException {
        metrics.catalogueRead();
        return service.search(query);
    }

    private static long number(JsonValue value) {
        return value instanceof JsonNumber n ? n.longValue() : 0;
    }
}
