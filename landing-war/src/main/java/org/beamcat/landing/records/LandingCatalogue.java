package org.beamcat.landing.records;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;

/**
 * What the landing pages, exports and downloads read from the catalogue (the port; {@link IcatLandingCatalogue}
 * is the adapter over icat-client, as the DOI service user): the entity carrying a DOI, its withdrawal, and the
 * datasets behind it. Entities come as the ICAT REST API writes them (the inner object, without the
 * entity-name wrapper).
 */
public interface LandingCatalogue {

    /** The investigation carrying this DOI (an experiment session), with its members, instruments and type. */
    Optional<JsonObject> investigationWithDoi(Doi doi) throws IcatException;

    /** The data collection carrying this DOI, with its parameters and their types. */
    Optional<JsonObject> collectionWithDoi(Doi doi) throws IcatException;

    /** The investigations the collection's datasets belong to, with their instruments. */
    List<JsonObject> investigationsOfCollection(long collectionId) throws IcatException;

    /** The investigation's {@code doi.withdrawn} parameter (an InvestigationParameter), if it has one. */
    Optional<JsonObject> investigationWithdrawal(long investigationId) throws IcatException;

    /** One page (1-based) of the datasets behind the DOI, by name, with file counts and sizes, and the totals. */
    DatasetPage datasets(LandingRecord.Kind kind, long entityId, int page) throws IcatException;

    /** Whether the dataset is one of those behind the DOI. */
    boolean hasDataset(LandingRecord.Kind kind, long entityId, long datasetId) throws IcatException;

    /** The ids of all datasets behind a data collection, lowest first. */
    List<Long> collectionDatasetIds(long collectionId) throws IcatException;
}
