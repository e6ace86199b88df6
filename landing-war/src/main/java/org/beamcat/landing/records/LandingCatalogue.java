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
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.sessions.SessionCatalogue;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/**
 * What the landing pages read from the catalogue beyond the investigation of a session DOI: data
 * collections with their parameters, withdrawals, and the datasets behind a DOI as aggregates (one
 * GROUP BY query per page plus two totals, whatever the number of datasets), as the DOI service user.
 */
@ApplicationScoped
public class LandingCatalogue {

    @Inject
    IcatClient icat;

    @Inject
    ServiceCatalogue service;

    @Inject
    LandingMetrics metrics;

    /** The investigation carrying this DOI (an experiment session), with what its record needs. */
    public Optional<JsonObject> investigationWithDoi(Doi doi) throws IcatException {
        JsonArray rows = search("SELECT i FROM Investigation i WHERE i.doi = " + literal(doi.toString())
                + SessionCatalogue.INCLUDE);
        return rows.isEmpty() ? Optional.empty() : Optional.of(SessionMetadataBuilder.inner(rows.getJsonObject(0)));
    }

    /** The data collection carrying this DOI, with its parameters and their types. */
    public Optional<JsonObject> collectionWithDoi(Doi doi) throws IcatException {
        JsonArray rows = search("SELECT dc FROM DataCollection dc WHERE dc.doi = "
                + literal(doi.toString()) + " INCLUDE dc.parameters p, p.type");
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getJsonObject(0).getJsonObject("DataCollection"));
    }

    /** The investigations the collection's datasets belong to, with their instruments. */
    public List<JsonObject> investigationsOfCollection(long collectionId) throws IcatException {
        JsonArray rows = search("SELECT DISTINCT inv FROM Investigation inv"
                + " JOIN inv.datasets ds JOIN ds.dataCollectionDatasets dcd WHERE dcd.dataCollection.id = "
                + collectionId + " INCLUDE inv.investigationInstruments ii, ii.instrument");
        List<JsonObject> investigations = new ArrayList<>();
        for (JsonValue row : rows) {
            investigations.add(row.asJsonObject().getJsonObject("Investigation"));
        }
        return investigations;
    }

    /** The investigation's {@code doi.withdrawn} parameter, if it has one. */
    public Optional<JsonObject> investigationWithdrawal(long investigationId) throws IcatException {
        JsonArray rows = search("SELECT p FROM InvestigationParameter p"
                + " WHERE p.investigation.id = " + investigationId + " AND p.type.name = "
                + literal(DoiParameterTypes.WITHDRAWN) + " ORDER BY p.id");
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(rows.getJsonObject(0).getJsonObject("InvestigationParameter"));
    }

    /** One page of the datasets behind the DOI, by name, with file counts and sizes, and the totals. */
    public DatasetPage datasets(LandingRecord.Kind kind, long entityId, int page) throws IcatException {
        String join = joinFor(kind, entityId);
        JsonArray rows = search("SELECT ds.id, ds.name, COUNT(df.id), SUM(df.fileSize)"
                + " FROM Dataset ds" + join.replace("WHERE", "LEFT JOIN ds.datafiles df WHERE")
                + " GROUP BY ds.id, ds.name ORDER BY ds.name, ds.id LIMIT " + DatasetPage.offset(page) + ", "
                + DatasetPage.PAGE_SIZE);
        List<DatasetRow> datasets = new ArrayList<>();
        for (JsonValue row : rows) {
            JsonArray r = row.asJsonArray();
            datasets.add(new DatasetRow(number(r.get(0)), r.getString(1), number(r.get(2)), number(r.get(3))));
        }
        JsonArray count = search("SELECT COUNT(ds.id) FROM Dataset ds" + join);
        JsonArray files = search("SELECT COUNT(df.id), SUM(df.fileSize) FROM Datafile df"
                + " JOIN df.dataset ds" + join);
        JsonArray totals = files.isEmpty() ? JsonValue.EMPTY_JSON_ARRAY : files.get(0).asJsonArray();
        return new DatasetPage(datasets, page, DatasetPage.PAGE_SIZE, count.isEmpty() ? 0 : number(count.get(0)),
                totals.isEmpty() ? 0 : number(totals.get(0)), totals.isEmpty() ? 0 : number(totals.get(1)));
    }

    /** Whether the dataset is one of those behind the DOI. */
    public boolean hasDataset(LandingRecord.Kind kind, long entityId, long datasetId) throws IcatException {
        JsonArray count = search("SELECT COUNT(ds.id) FROM Dataset ds"
                + joinFor(kind, entityId) + " AND ds.id = " + datasetId);
        return !count.isEmpty() && number(count.get(0)) > 0;
    }

    /** The ids of all datasets behind a data collection, walked in pages (a collection may hold thousands). */
    public List<Long> collectionDatasetIds(long collectionId) throws IcatException {
        return service.call(s -> icat.searchAll(s, "SELECT ds.id FROM Dataset ds"
                + joinFor(LandingRecord.Kind.COLLECTION, collectionId) + " ORDER BY ds.id", 1000)
                .map(LandingCatalogue::number).collect(Collectors.toList()));
    }

    /** One catalogue search as the DOI service user, counted for the landing-page metrics. */
    private JsonArray search(String query) throws IcatException {
        metrics.catalogueRead();
        return service.call(s -> icat.search(s, query));
    }

    /** The FROM tail and WHERE that select the datasets behind a DOI, after {@code FROM Dataset ds}. */
    private static String joinFor(LandingRecord.Kind kind, long entityId) {
        return kind == LandingRecord.Kind.SESSION
                ? " WHERE ds.investigation.id = " + entityId
                : " JOIN ds.dataCollectionDatasets dcd WHERE dcd.dataCollection.id = " + entityId;
    }

    private static long number(JsonValue value) {
        return value instanceof JsonNumber n ? n.longValue() : 0;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
