package org.beamcat.ingest.registration;


import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.icat.client.IcatException;

/**
 * Brings a dataset's master-file Datafile row in line with the file just written (size, modification time,
 * checksum), or registers the file when it has no row: the IDS must not find the master file changed behind
 * the catalogue's back after a metadata update or a re-scan rewrote it.
 */
final class MasterFileRow {

    private final CatalogueSession catalogue;
    private final int batchSize;

    MasterFileRow(CatalogueSession catalogue, int batchSize) {
        this.catalogue = catalogue;
        this.batchSize = batchSize;
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
        OptionalLong rowId = knownRowId.isPresent() ? knownRowId : rowId(datasetId, master);
        if (rowId.isEmpty()) {
            new DatafileRegistrar(catalogue, batchSize).addMissing(datasetId, List.of(master), true);
            return;
        }
        JsonObjectBuilder datafile = Json.createObjectBuilder().add("id", rowId.getAsLong())
                .add("fileSize", master.size())
                .add("datafileModTime", IcatDates.format(master.modified().atOffset(ZoneOffset.UTC)));
        if (master.checksum() != null) {
            datafile.add("checksum", master.checksum());
        }
        try {
            catalogue.write(List.of(Json.createObjectBuilder().add("Datafile", datafile).build()));
        } catch (IcatException e) {
            throw CatalogueFailures.rejectedIfPermanent(e, "recording the rewritten master file");
        }
    }

    private OptionalLong rowId(long datasetId, ScannedFile master) throws IcatException {
        JsonArray rows = catalogue.search(IcatQuery.of("SELECT df.id FROM Datafile df WHERE df.dataset.id = :id"
                + " AND df.location = :location").with("id", datasetId).with("location", master.location()));
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.getJsonNumber(0).longValue());
    }
}
