package org.beamcat.ingest.registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.beamcat.icat.client.IcatException;

/**
 * What the work on datasets already registered reads and writes in the catalogue: setting a parameter
 * ({@link DatasetMetadataUpdate}), re-scanning a folder ({@link DatasetRescan}) and writing the master file
 * again ({@link MasterFileRefresh}, {@link CatalogueMasterFile}). One adapter over icat-client
 * ({@link IcatRegisteredDatasetCatalogue}); the unit tests' in-memory catalogue answers it from the same rows
 * as {@link RegistrationCatalogue} (through which new datafiles are created) and {@link FolderRegistry}.
 */
public interface RegisteredDatasetCatalogue {

    /** A dataset's row; the dates may be null (datasets registered by other means). */
    record DatasetRow(long id, String name, String location, OffsetDateTime start, OffsetDateTime end,
            OffsetDateTime created) {
    }

    record InvestigationRef(long id, String name) {
    }

    /** A parameter of a dataset: its type and its value, a {@code Double} or the text of a string or date. */
    record StoredParameter(ParameterTypeInfo type, Object value) {
    }

    record DatafileRow(long id, String name, String location) {
    }

    /** A typed parameter to set on a dataset: added when {@code existingId} is empty, its value changed if not. */
    record ParameterChange(long datasetId, OptionalLong existingId, TypedParameters.Typed parameter) {
    }

    Optional<DatasetRow> dataset(long datasetId) throws IcatException;

    /** The ids of the proposal's datasets at the location (relative to the data root), lowest first. */
    List<Long> datasetsOfProposalAt(String proposal, String location) throws IcatException;

    InvestigationRef investigationOf(long datasetId) throws IcatException;

    /** The names of the instruments the investigation is linked to. */
    List<String> instrumentNames(long investigationId) throws IcatException;

    long facilityOfDataset(long datasetId) throws IcatException;

    /** The facility's parameter types applicable to datasets, by name (several when units differ). */
    Map<String, List<ParameterTypeInfo>> datasetParameterTypes(long facilityId) throws IcatException;

    /** The id of the dataset's parameter of that type, if it has one. */
    OptionalLong parameterOf(long datasetId, long typeId) throws IcatException;

    /** Adds and changes the parameters in one catalogue call: all of them or none. */
    void setParameters(List<ParameterChange> changes) throws IcatException;

    List<String> sampleNames(long datasetId) throws IcatException;

    /** The dataset's parameters with their types, in the order they were created. */
    List<StoredParameter> parameters(long datasetId) throws IcatException;

    /** The dataset's datafiles by name, read {@code pageSize} per call. */
    List<DatafileRow> datafiles(long datasetId, int pageSize) throws IcatException;

    /** The id of the dataset's datafile at the location, if registered. */
    OptionalLong datafileAt(long datasetId, String location) throws IcatException;

    /** The datafile row follows the file: size, modification time and checksum (null: left as it is). */
    void updateDatafile(long datafileId, long size, Instant modified, String checksum) throws IcatException;
}
