package org.beamcat.ingest.registration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.config.ChecksumKind;
import org.beamcat.ingest.nexus.MasterFile;
import org.beamcat.ingest.registration.RegisteredDatasetCatalogue.DatafileRow;
import org.beamcat.ingest.registration.RegisteredDatasetCatalogue.DatasetRow;

/**
 * Writes a registered dataset's master file again from what the catalogue holds (after
 * {@code icatUpdateDatasetMetadata} changed a parameter), atomically, listing the dataset's registered
 * files, and brings the master file's Datafile row (size, modification time, checksum) up to date so the
 * IDS does not find it changed behind the catalogue's back.
 *
 * <p>The catalogue is the record: when the folder is gone or the file cannot be written, the catalogue
 * change stays, the outcome says why (the caller logs and counts it) and nothing is retried, as a
 * missing folder does not come back by itself. Catalogue failures while reading the record are thrown
 * (the message is redelivered; setting a parameter again is harmless).
 */
public final class MasterFileRefresh {

    private static final Logger LOG = Logger.getLogger(MasterFileRefresh.class.getName());

    public enum Outcome { WRITTEN, FOLDER_GONE, WRITE_FAILED }

    /** What happened to one dataset's master file; {@code detail} says why when it was not written. */
    public record Refreshed(long datasetId, Outcome outcome, String detail) {
    }

    /** The content, read from the catalogue only once the folder is known to be there. */
    @FunctionalInterface
    interface ContentSource {
        MasterFile.Content read() throws IcatException;
    }

    private final RegisteredDatasetCatalogue catalogue;
    private final Path dataRoot;
    private final ChecksumKind checksum;
    private final int batchSize;
    private final CatalogueMasterFile masterFile;
    private final MasterFileRow masterRow;
    private final MasterFileGuard masterGuard;

    public MasterFileRefresh(CataloguePorts ports, Path dataRoot, ChecksumKind checksum, int batchSize) {
        this.catalogue = ports.datasets();
        this.dataRoot = dataRoot;
        this.checksum = checksum;
        this.batchSize = batchSize;
        this.masterFile = new CatalogueMasterFile(ports.datasets());
        this.masterRow = new MasterFileRow(ports, batchSize);
        this.masterGuard = new MasterFileGuard(ports.folders(), dataRoot);
    }

    public Refreshed refresh(long datasetId) throws IcatException {
        RegisteredDatasetFolder registered;
        try {
            registered = RegisteredDatasetFolder.find(catalogue, dataRoot, datasetId);
        } catch (RegistrationRejected | IOException e) {
            return logged(new Refreshed(datasetId, Outcome.FOLDER_GONE, e.getMessage()));
        }
        DatasetRow dataset = registered.dataset();
        DatasetFolder folder = registered.folder();
        Path master = registered.master();
        String masterLocation = folder.relativeLocation(master);
        String prefix = folder.relativeLocation() + "/";
        List<String> names = new ArrayList<>();
        OptionalLong masterRowId = OptionalLong.empty();
        for (DatafileRow datafile : catalogue.datafiles(datasetId, batchSize)) {
            String fileLocation = datafile.location();
            if (fileLocation.equals(masterLocation)) {
                masterRowId = OptionalLong.of(datafile.id());
            } else {
                names.add(fileLocation.startsWith(prefix) ? fileLocation.substring(prefix.length()) : datafile.name());
            }
        }
        try {
            masterGuard.check(master, masterLocation, Optional.of(datasetId), true, () -> Optional.of(datasetId));
        } catch (RegistrationRejected e) {
            return logged(new Refreshed(datasetId, Outcome.WRITE_FAILED, e.getMessage()));
        }
        synchronized (MasterFileLocks.of(datasetId)) {
            Refreshed written = write(datasetId, folder.path(), master,
                    () -> masterFile.content(dataset, folder.path(), names));
            if (written.outcome() != Outcome.WRITTEN) {
                return logged(written);
            }
            try {
                masterRow.record(datasetId, folder.file(master, checksum), masterRowId);
            } catch (IOException | RegistrationRejected e) {
                return logged(new Refreshed(datasetId, Outcome.WRITE_FAILED,
                        "master file " + master + " written but not recorded in the catalogue: " + e.getMessage()));
            }
            return written;
        }
    }

    /** Writes the master file atomically if the folder is there; never throws for a file-system problem. */
    static Refreshed write(long datasetId, Path folder, Path master, ContentSource content) throws IcatException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Refreshed(datasetId, Outcome.FOLDER_GONE, "the dataset folder " + folder + " is gone");
        }
        try {
            MasterFile.write(master, content.read());
        } catch (IOException | RuntimeException e) {
            return new Refreshed(datasetId, Outcome.WRITE_FAILED, "master file " + master + " not written: " + e);
        }
        return new Refreshed(datasetId, Outcome.WRITTEN, "");
    }

    private static Refreshed logged(Refreshed refreshed) {
        LOG.warning("master file of dataset " + refreshed.datasetId() + " not rewritten (" + refreshed.outcome()
                + "): " + refreshed.detail() + "; the catalogue change stays");
        return refreshed;
    }
}
