package org.beamcat.ingest.registration;

import java.io.IOException;
import java.nio.file.Path;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.nexus.MasterFile;
import org.beamcat.ingest.registration.RegisteredDatasetCatalogue.DatasetRow;

/**
 * A registered dataset's catalogue row with its folder under the data root and the master file's path in it:
 * what a re-scan and a master-file rewrite both start from.
 */
record RegisteredDatasetFolder(DatasetRow dataset, DatasetFolder folder, Path master) {

    /**
     * Reads the dataset's row and resolves its location under the data root.
     *
     * @throws RegistrationRejected no such dataset, no location, or a location outside the data root
     * @throws IOException the folder cannot be resolved
     */
    static RegisteredDatasetFolder find(RegisteredDatasetCatalogue catalogue, Path dataRoot, long datasetId)
            throws RegistrationRejected, IcatException, IOException {
        DatasetRow dataset = catalogue.dataset(datasetId)
                .orElseThrow(() -> new RegistrationRejected("no dataset " + datasetId + " is registered"));
        if (dataset.location() == null) {
            throw new RegistrationRejected("dataset " + datasetId + " has no location");
        }
        DatasetFolder folder = DatasetFolder.resolve(dataRoot,
                dataRoot.toAbsolutePath().normalize().resolve(dataset.location()).toString());
        return new RegisteredDatasetFolder(dataset, folder,
                folder.path().resolve(MasterFile.fileName(folder.path())));
    }
}
