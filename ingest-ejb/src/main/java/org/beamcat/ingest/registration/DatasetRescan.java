package org.beamcat.ingest.registration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.config.ChecksumKind;
import org.beamcat.ingest.nexus.AtomicHdfFile;
import org.beamcat.ingest.nexus.MasterFile;
import org.beamcat.messages.DataFilesMessage;

/**
 * Scans a registered dataset's folder again ({@code icatDataFiles}) and registers the files the catalogue
 * does not have. When HDF5 files are among them (or the master file is missing), the master file is
 * written again, atomically, from what the catalogue holds, so that it lists every data file; the master
 * file is registered when it was not, or its row follows the new size, time and checksum when it was.
 */
public final class DatasetRescan {

    private static final Logger LOG = Logger.getLogger(DatasetRescan.class.getName());
    private static final Set<String> HDF5_EXTENSIONS = Set.of("h5", "hdf5", "hdf", "nxs", "nx5");

    private final RegisteredDatasetCatalogue catalogue;
    private final Path dataRoot;
    private final ChecksumKind checksum;
    private final DatafileRegistrar datafiles;
    private final CatalogueMasterFile masterFile;
    private final MasterFileRow masterRow;
    private final MasterFileGuard masterGuard;

    public DatasetRescan(CataloguePorts ports, Path dataRoot, int batchSize, ChecksumKind checksum) {
        this.catalogue = ports.datasets();
        this.dataRoot = dataRoot;
        this.checksum = checksum;
        this.datafiles = new DatafileRegistrar(ports.registration(), batchSize);
        this.masterFile = new CatalogueMasterFile(ports.datasets());
        this.masterRow = new MasterFileRow(ports, batchSize);
        this.masterGuard = new MasterFileGuard(ports.folders(), dataRoot);
    }

    /** What a re-scan did. */
    public record Rescanned(long datasetId, int filesAdded, boolean masterWritten) {
    }

    public Rescanned rescan(DataFilesMessage message) throws RegistrationRejected, IcatException, IOException {
        long id = message.datasetId();
        RegisteredDatasetFolder registeredFolder = RegisteredDatasetFolder.find(catalogue, dataRoot, id);
        RegisteredDatasetCatalogue.DatasetRow dataset = registeredFolder.dataset();
        DatasetFolder folder = registeredFolder.folder();
        Path master = registeredFolder.master();
        List<ScannedFile> files = folder.scan(file -> file.equals(master) || AtomicHdfFile.isTemporary(file),
                checksum);
        boolean masterWritten;
        DatafileRegistrar.Added added;
        synchronized (MasterFileLocks.of(id)) {
            Set<String> registered = datafiles.registeredLocations(id);
            boolean newHdf5 = files.stream().anyMatch(f -> !registered.contains(f.location()) && isHdf5(f.name()));
            masterWritten = newHdf5 || !Files.isRegularFile(master, LinkOption.NOFOLLOW_LINKS);
            boolean masterOurs = true;
            try {
                masterGuard.check(master, folder.relativeLocation(master), Optional.of(id), masterWritten,
                        () -> Optional.of(id));
            } catch (RegistrationRejected e) {
                // the files are still the dataset's; only the file at the master path is not ours to write
                LOG.warning("dataset " + id + " re-scanned without its master file: " + e.getMessage());
                masterWritten = false;
                masterOurs = false;
            }
            if (masterWritten) {
                MasterFile.write(master, masterFile.content(dataset, folder.path(),
                        files.stream().map(ScannedFile::name).toList()));
            }
            List<ScannedFile> all = new ArrayList<>(files);
            ScannedFile masterFileNow = masterOurs && Files.isRegularFile(master, LinkOption.NOFOLLOW_LINKS)
                    ? folder.file(master, checksum) : null;
            if (masterFileNow != null) {
                all.add(masterFileNow);
            }
            List<ScannedFile> missing = all.stream().filter(f -> !registered.contains(f.location())).toList();
            added = datafiles.addMissing(id, missing, true);
            if (masterWritten && registered.contains(masterFileNow.location())) {
                masterRow.record(id, masterFileNow);
            }
        }
        LOG.info("dataset " + id + " re-scanned: " + added.added() + " datafiles added"
                + (masterWritten ? ", master file written" : ""));
        return new Rescanned(id, added.added(), masterWritten);
    }

    static boolean isHdf5(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && HDF5_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
