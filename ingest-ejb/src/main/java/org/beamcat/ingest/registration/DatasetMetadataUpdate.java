package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueSession.quote;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.messages.UpdateDatasetMetadataMessage;

/**
 * Sets one parameter on existing datasets ({@code icatUpdateDatasetMetadata}): adds it where the dataset
 * has none of that type, changes its value where it has. The datasets are named by folder within the
 * proposal; the parameter is typed against the facility's ParameterTypes as registration does. Every
 * dataset and the parameter are checked first, then all changes are made in one catalogue call: a message
 * naming one unknown dataset changes nothing.
 */
public final class DatasetMetadataUpdate {

    private static final Logger LOG = Logger.getLogger(DatasetMetadataUpdate.class.getName());

    private final CatalogueSession catalogue;
    private final Path dataRoot;

    public DatasetMetadataUpdate(CatalogueSession catalogue, Path dataRoot) {
        this.catalogue = catalogue;
        this.dataRoot = dataRoot;
    }

    /** What an update did. */
    public record Updated(int added, int changed) {
    }

    public Updated apply(UpdateDatasetMetadataMessage message) throws RegistrationRejected, IcatException {
        List<Long> datasets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String folder : new LinkedHashSet<>(message.datasetPaths())) {
            String location = DataRootPaths.location(dataRoot, folder, "dataset");
            JsonArray ids = catalogue.search("SELECT d.id FROM Dataset d JOIN d.investigation i WHERE d.location = "
                    + quote(location) + " AND i.name = " + quote(message.proposal()) + " ORDER BY d.id");
            if (ids.isEmpty()) {
                problems.add("no dataset of proposal " + message.proposal() + " is registered at " + folder);
            } else {
                datasets.add(ids.getJsonNumber(0).longValue());
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(String.join("; ", problems));
        }
        long facility = catalogue.search("SELECT i.facility.id FROM Investigation i JOIN i.datasets d WHERE d.id = "
                + datasets.get(0)).getJsonNumber(0).longValue();
        Map<String, List<ParameterTypeInfo>> types = ParameterTypes.forDatasets(catalogue, facility);
        TypedParameters.Typed typed = TypedParameters.type(List.of(message.parameter()), types).stream().findFirst()
                .orElseThrow(() -> new RegistrationRejected("parameter " + message.metadataName()
                        + " steers registration and cannot be set on a registered dataset"));

        List<JsonObject> changes = new ArrayList<>();
        int added = 0;
        Set<Long> seen = new LinkedHashSet<>();
        for (long dataset : datasets) {
            if (!seen.add(dataset)) {
                continue;
            }
            JsonArray existing = catalogue.search("SELECT p.id FROM DatasetParameter p WHERE p.dataset.id = " + dataset
                    + " AND p.type.id = " + typed.type().id());
            JsonObjectBuilder parameter = Json.createObjectBuilder(typed.icatJson());
            if (existing.isEmpty()) {
                parameter.add("dataset", Json.createObjectBuilder().add("id", dataset));
                added++;
            } else {
                parameter.remove("type");
                parameter.add("id", existing.getJsonNumber(0).longValue());
            }
            changes.add(Json.createObjectBuilder().add("DatasetParameter", parameter).build());
        }
        try {
            catalogue.write(changes);
        } catch (IcatException e) {
            throw CatalogueFailures.rejectedIfPermanent(e, "setting " + message.metadataName());
        }
        LOG.info("parameter " + message.metadataName() + " set on datasets " + seen + " of " + message.proposal());
        return new Updated(added, changes.size() - added);
    }
}
