package org.beamcat.landing.collections;

import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;

/**
 * What minting data-collection DOIs needs from the catalogue (the port; {@link IcatCollectionCatalogue} is
 * the adapter over icat-client): who the user is and what they may choose, the writing of the collection,
 * and the collections waiting for their DOI. Searches with a {@code sessionId} run as that user, so the
 * catalogue's rules decide what they see; the others run as the DOI service's own user.
 */
public interface CollectionCatalogue {

    /** How many investigations the form offers at once. */
    int PAGE = 500;

    /** How many datasets the form lists per page. */
    int DATASET_PAGE = 100;

    /** An investigation as the form lists it. */
    record InvestigationChoice(long id, String name, String title) implements java.io.Serializable {
    }

    /** A dataset as the form lists it. */
    record DatasetChoice(long id, String name) implements java.io.Serializable {
    }

    /** One page of datasets and how many match in all. */
    record DatasetChoicePage(List<DatasetChoice> datasets, long total) implements java.io.Serializable {
    }

    /** Investigations offered in the form, and whether more match than are listed. */
    record InvestigationChoices(List<InvestigationChoice> choices, boolean more) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The catalogue user a session belongs to, e.g. {@code simple/alice}. */
    String userOf(String sessionId) throws IcatException;

    /** Whether this user is one of the catalogue's root users. */
    boolean isRoot(String userName);

    /**
     * The investigations the user may mint for (root: all), by name, at most {@link #PAGE}; with a filter,
     * only those whose name contains it (any case); {@link InvestigationChoices#more()} tells the list was cut.
     */
    InvestigationChoices investigationsOf(String userName, String nameFilter) throws IcatException;

    /**
     * One page of the investigation's datasets ({@link #DATASET_PAGE}), by name, as the user behind
     * {@code sessionId} may read them, with the number of matching datasets.
     *
     * @param nameFilter part of the dataset name, any case; blank for all
     */
    DatasetChoicePage datasetsOf(String sessionId, long investigationId, String nameFilter, int offset)
            throws IcatException;

    /** Whether the user is a member of the investigation. */
    boolean isMember(String userName, long investigationId) throws IcatException;

    /**
     * The ids among these that are not datasets of the investigation readable by the user behind
     * {@code sessionId} (or do not exist), whatever the size of the selection.
     */
    List<Long> notReadableIn(String sessionId, long investigationId, Collection<Long> datasetIds)
            throws IcatException;

    /** Writes the DataCollection, its datasets and DOI parameters in one transaction; returns its id. */
    long create(long investigationId, CollectionRequest request) throws IcatException;

    /** Data collections written for a DOI (they have a {@code doi.title}) that do not have it yet. */
    List<Long> withoutDoi() throws IcatException;

    /** The collection with its parameters (and their types), if it exists. */
    Optional<JsonObject> collection(long id) throws IcatException;

    /** The investigations of the collection's datasets, with their instruments. */
    List<JsonObject> investigationsOfCollection(long id) throws IcatException;

    /** Writes the DOI on the collection. */
    void storeDoi(long collectionId, Doi doi) throws IcatException;
}
