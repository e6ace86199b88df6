package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueJson.ref;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.client.IcatQuery;
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

    private final CatalogueSession catalogue;
    private final Path dataRoot;

    public DatasetLineage(CatalogueSession catalogue, Path dataRoot) {
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
            JsonArray found = catalogue.search(IcatQuery.of("SELECT d.id FROM Dataset d WHERE d.location = :location ORDER BY d.id")
                    .with("location", location));
            if (found.isEmpty()) {
                missing.add(folder);
            } else {
                ids.add(found.getJsonNumber(0).longValue());
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
        if (inputIds.isEmpty() || !catalogue.search(IcatQuery.of("SELECT j.id FROM Job j JOIN j.outputDataCollection dc JOIN "
                + "dc.dataCollectionDatasets dcd WHERE dcd.dataset.id = :id").with("id", processedId)).isEmpty()) {
            return;
        }
        long application = application(facilityId, workflow == null ? UNNAMED_APPLICATION : workflow);
        try {
            List<Long> collections = catalogue.write(List.of(collection(inputIds), collection(List.of(processedId))));
            catalogue.write(List.of(Json.createObjectBuilder().add("Job", Json.createObjectBuilder()
                    .add("application", ref(application)).add("arguments", "input_datasets")
                    .add("inputDataCollection", ref(collections.get(0)))
                    .add("outputDataCollection", ref(collections.get(1)))).build()));
        } catch (IcatException e) {
            throw CatalogueFailures.rejectedIfPermanent(e, "linking dataset " + processedId + " to its inputs");
        }
    }

    /** The id of the facility's application of that name, created when missing. */
    private long application(long facilityId, String name) throws IcatException, RegistrationRejected {
        IcatQuery query = IcatQuery.of("SELECT a.id FROM Application a WHERE a.facility.id = :facility"
                + " AND a.name = :name AND a.version = :version")
                .with("facility", facilityId).with("name", name).with("version", VERSION);
        JsonArray ids = catalogue.search(query);
        if (!ids.isEmpty()) {
            return ids.getJsonNumber(0).longValue();
        }
        try {
            return catalogue.write(List.of(Json.createObjectBuilder().add("Application", Json.createObjectBuilder()
                    .add("name", name).add("version", VERSION).add("facility", ref(facilityId))).build())).get(0);
        } catch (IcatException e) {
            JsonArray again = e.type() == IcatErrorType.OBJECT_ALREADY_EXISTS ? catalogue.search(query) : null;
            if (again != null && !again.isEmpty()) {
                return again.getJsonNumber(0).longValue();
            }
            throw CatalogueFailures.rejectedIfPermanent(e, "creating the application " + name);
        }
    }

    private static JsonObject collection(List<Long> datasetIds) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        datasetIds.forEach(id -> members.add(Json.createObjectBuilder().add("dataset", ref(id))));
        return Json.createObjectBuilder().add("DataCollection", Json.createObjectBuilder()
                .add("dataCollectionDatasets", members)).build();
    }
}
