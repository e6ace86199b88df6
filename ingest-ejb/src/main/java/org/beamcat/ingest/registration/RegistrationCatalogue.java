package org.beamcat.ingest.registration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.client.IcatException;

/**
 * What {@link DatasetRegistration} and its collaborators ({@link DatafileRegistrar}, {@link DatasetLineage})
 * search and write in the catalogue, and nothing more; the folder questions are {@link FolderRegistry}'s.
 * One adapter over icat-client ({@link IcatRegistrationCatalogue}); an in-memory fake in the unit tests.
 * Every write is one catalogue call and either happens whole or not at all.
 */
public interface RegistrationCatalogue {

    /** An investigation of the proposal as registration matches it: dates may be null (open). */
    record InvestigationRow(long id, OffsetDateTime start, OffsetDateTime end) {
    }

    /** A dataset to create, with its typed parameters, in one call. */
    record NewDataset(String name, String location, boolean complete, OffsetDateTime start, OffsetDateTime end,
            long investigationId, long sampleId, long typeId, List<TypedParameters.Typed> parameters) {
    }

    /** A datafile to create; {@code description} may be empty. */
    record NewDatafile(ScannedFile file, Optional<String> description) {
    }

    /** The investigations named {@code proposal}. */
    List<InvestigationRow> investigations(String proposal) throws IcatException;

    /** The names of the instruments the investigation is linked to. */
    List<String> instrumentNames(long investigationId) throws IcatException;

    long facilityOf(long investigationId) throws IcatException;

    /** The facility's parameter types applicable to datasets, by name (several when units differ). */
    Map<String, List<ParameterTypeInfo>> datasetParameterTypes(long facilityId) throws IcatException;

    /** The id of the investigation's dataset at {@code location}. */
    Optional<Long> datasetAt(long investigationId, String location) throws IcatException;

    /** The id of the first dataset (lowest id) of any investigation at {@code location}. */
    Optional<Long> anyDatasetAt(String location) throws IcatException;

    Optional<Long> sample(long investigationId, String name) throws IcatException;

    /** OBJECT_ALREADY_EXISTS when a duplicate created it meanwhile. */
    long createSample(long investigationId, String name) throws IcatException;

    /** The id of the facility's DatasetType of that name. */
    Optional<Long> datasetType(long facilityId, String name) throws IcatException;

    /** OBJECT_ALREADY_EXISTS when the investigation has a dataset of that name (at any folder). */
    long createDataset(NewDataset dataset) throws IcatException;

    /** The locations of the dataset's datafiles, read {@code pageSize} per call. */
    Set<String> datafileLocations(long datasetId, int pageSize) throws IcatException;

    /** Creates the datafiles in one call. */
    void createDatafiles(long datasetId, List<NewDatafile> datafiles) throws IcatException;

    /** Whether a job already names the dataset as its output. */
    boolean hasProducingJob(long datasetId) throws IcatException;

    Optional<Long> application(long facilityId, String name, String version) throws IcatException;

    /** OBJECT_ALREADY_EXISTS when a duplicate created it meanwhile. */
    long createApplication(long facilityId, String name, String version) throws IcatException;

    /** A job of the application whose input collection holds {@code inputIds} and output {@code outputId}. */
    void createJob(long applicationId, String arguments, List<Long> inputIds, long outputId) throws IcatException;
}
