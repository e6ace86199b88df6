package org.beamcat.ingest.registration;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.nexus.MasterFile;

/**
 * A registered dataset's catalogue row with its folder under the data root and the master file's path in it:
 * what a re-scan and a master-file rewrite both start from.
 */
record RegisteredDatasetFolder(JsonObject dataset, DatasetFolder folder, Path master) {

    /**
     * Reads the dataset's row and resolves its location under the data root.
     *
     * @throws RegistrationRejected no such dataset, no location, or a location outside the data root
     * @throws IOException the folder cannot be resolved
     */
    static RegisteredDatasetFolder find(CatalogueSession catalogue, Path dataRoot, long datasetId)
            throws RegistrationRejected, IcatException, IOException {
        JsonArray rows = catalogue.search(IcatQuery.of("SELECT d FROM Dataset d WHERE d.id = :id").with("id", datasetId));
        if (rows.isEmpty()) {
            throw new RegistrationRejected("no dataset " + datasetId + " is registered");
        }
        JsonObject dataset = rows.getJsonObject(0).getJsonObject("Dataset");
        String location = dataset.getString("location", null);
        if (location == null) {
            throw new RegistrationRejected("dataset " + datasetId + " has no location");
        }
        DatasetFolder folder = DatasetFolder.resolve(dataRoot,
                dataRoot.toAbsolutePath().normalize().resolve(location).toString());
        return new RegisteredDatasetFolder(dataset, folder,
                folder.path().resolve(MasterFile.fileName(folder.path())));
    }
}
