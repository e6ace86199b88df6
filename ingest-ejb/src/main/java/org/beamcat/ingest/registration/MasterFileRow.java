package org.beamcat.ingest.registration;

import java.util.List;
import java.util.OptionalLong;
import org.beamcat.icat.client.IcatException;

/**
 * Brings a dataset's master-file Datafile row in line with the file just written (size, modification time,
 * checksum), or registers the file when it has no row: the IDS must not find the master file changed behind
 * the catalogue's back after a metadata update or a re-scan rewrote it.
 */
final class MasterFileRow {

    private final RegisteredDatasetCatalogue catalogue;
    private final DatafileRegistrar datafiles;

    MasterFileRow(CataloguePorts ports, int batchSize) {
        this.catalogue = ports.datasets();
        this.datafiles = new DatafileRegistrar(ports.registration(), batchSize);
    }

    void record(long datasetId, ScannedFile master) throws IcatException, RegistrationRejected {
        record(datasetId, master, OptionalLong.empty());
    }

    /**
     * As {@link #record(long, ScannedFile)}, sparing the lookup when the caller has just read the row's id.
     * Without it the row is looked up here, under the caller's master-file lock, so a row that a concurrent
     * rewrite of the same dataset has just added is found and not added twice.
     */
    void record(long datasetId, ScannedFile master, OptionalLong knownRowId)
            throws IcatException, RegistrationRejected {
        OptionalLong rowId = knownRowId.isPresent() ? knownRowId : catalogue.datafileAt(datasetId, master.location());
        if (rowId.isEmpty()) {
            datafiles.addMissing(datasetId, List.of(master), true);
            return;
        }
        try {
            catalogue.updateDatafile(rowId.getAsLong(), master.size(), master.modified(), master.checksum());
        } catch (IcatException e) {
            throw CatalogueFailures.rejectedIfPermanent(e, "recording the rewritten master file");
        }
    }
}
