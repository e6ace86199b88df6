package org.beamcat.ingest.registration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;

/**
 * Links processed data to the raw datasets it was made from ({@code input_datasets}) as ICAT does it
 * natively: a {@code Job} whose input {@code DataCollection} holds the raw datasets and whose output
 * collection holds the processed one. Unlike ESRF's {@code input_dataset_id}/{@code output_dataset_id}
 * parameters, this holds any number of inputs and outputs (ICAT keeps one parameter value per type and
 * dataset), adds rows only (no read-modify-write of the raw dataset's parameter when two processed
 * datasets arrive at once), needs no vocabulary entry, and is navigable both ways with ICAT queries.
 */
public final class DatasetLineage {

    /** Application of the jobs when the message names no workflow ({@code Workflow_name}). */
    static final String UNNAMED_APPLICATION = "unspecified";
    static final String VERSION = "unspecified";

    private final RegistrationCatalogue catalogue;
    private final Path dataRoot;

    public DatasetLineage(CatalogueSession catalogue, Path dataRoot) {
        this(new IcatRegistrationCatalogue(catalogue), dataRoot);
    }

    DatasetLineage(RegistrationCatalogue catalogue, Path dataRoot) {
        this.catalogue = catalogue;
        this.dataRoot = dataRoot.toAbsolutePath().normalize();
    }

    /**
     * The ids of the raw datasets at the given absolute folders, in order.
     *
     * @throws InputsNotRegistered some are not registered yet (the message should wait)
     * @throws RegistrationRejected a folder is outside the data root, so it can never be registered
     */
    public List<Long> inputIds(List<String> folders) throws InputsNotRegistered, RegistrationRejected, IcatException {
        List<Long> ids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String folder : folders) {
            String location = DataRootPaths.location(dataRoot, folder, "input dataset");
            Optional<Long> found = catalogue.anyDatasetAt(location);
            if (found.isEmpty()) {
                missing.add(folder);
            } else {
                ids.add(found.get());
            }
        }
        if (!missing.isEmpty()) {
            throw new InputsNotRegistered(missing);
        }
        return ids;
    }

    /** Records that {@code processedId} was made from {@code inputIds}, once: a repeat finds the job and stops. */
    public void link(long facilityId, long processedId, List<Long> inputIds, String workflow)
            throws IcatException, RegistrationRejected {
        if (inputIds.isEmpty() || catalogue.hasProducingJob(processedId)) {
            return;
        }
        long application = application(facilityId, workflow == null ? UNNAMED_APPLICATION : workflow);
        try {
            catalogue.createJob(application, "input_datasets", inputIds, processedId);
        } catch (IcatException e) {
            throw CatalogueFailures.rejectedIfPermanent(e, "linking dataset " + processedId + " to its inputs");
        }
    }

    /** The id of the facility's application of that name, created when missing. */
    private long application(long facilityId, String name) throws IcatException, RegistrationRejected {
        Optional<Long> known = catalogue.application(facilityId, name, VERSION);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return catalogue.createApplication(facilityId, name, VERSION);
        } catch (IcatException e) {
            Optional<Long> again = e.type() == IcatErrorType.OBJECT_ALREADY_EXISTS
                    ? catalogue.application(facilityId, name, VERSION) : Optional.empty();
            if (again.isPresent()) {
                return again.get();
            }
            throw CatalogueFailures.rejectedIfPermanent(e, "creating the application " + name);
        }
    }
}
