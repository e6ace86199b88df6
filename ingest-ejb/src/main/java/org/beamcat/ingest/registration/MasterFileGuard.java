package org.beamcat.ingest.registration;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.nexus.MasterFile;

/**
 * The rule that a master file is never written over a file it does not own. The master-file path must
 * not be a registered datafile of any dataset but the folder's own, and a file already there is replaced
 * only when it is that dataset's registered datafile or a master file ingestion wrote (its root's
 * {@code creator}; a master file is named after its folder, so such a file can only be this folder's).
 * Anything else there (a detector's own {@code *_master.h5}, a symbolic link, a folder) is left alone and
 * the message refused. One catalogue call.
 */
final class MasterFileGuard {

    private final FolderRegistry registry;
    private final Path dataRoot;

    MasterFileGuard(FolderRegistry registry, Path dataRoot) {
        this.registry = registry;
        this.dataRoot = dataRoot.toAbsolutePath().normalize();
    }

    /** The folder's dataset in the message's investigation, looked up again only when a conflict is found. */
    @FunctionalInterface
    interface FolderDataset {
        Optional<Long> find() throws IcatException;
    }

    /**
     * @param master         the master file's path in the dataset folder
     * @param masterLocation the same, relative to the data root ('/'-separated)
     * @param dataset        the folder's dataset in the message's investigation, if registered already
     * @param willWrite      whether registration is about to write the master file
     * @param again          the folder's dataset looked up now: a duplicate message may have registered it
     *                       (and its master file) since {@code dataset} was read
     * @throws RegistrationRejected the path belongs to another dataset, or holds a file that is not ours
     */
    void check(Path master, String masterLocation, Optional<Long> dataset, boolean willWrite, FolderDataset again)
            throws RegistrationRejected, IcatException {
        Set<Long> holders = registry.datasetsWithDatafileAt(List.of(masterLocation,
                dataRoot.resolve(masterLocation).toString()));
        Optional<Long> own = dataset;
        if (holders.stream().anyMatch(id -> dataset.isEmpty() || !id.equals(dataset.get()))) {
            own = again.find();
        }
        Optional<Long> folders = own;
        Optional<Long> stranger = holders.stream().filter(id -> folders.isEmpty() || !id.equals(folders.get()))
                .findFirst();
        if (stranger.isPresent()) {
            throw new RegistrationRejected("the master file path " + masterLocation + " is a registered datafile of"
                    + " dataset " + stranger.get() + "; it is not overwritten");
        }
        if (willWrite && Files.exists(master, LinkOption.NOFOLLOW_LINKS) && holders.isEmpty()
                && !MasterFile.writtenByIngestion(master)) {
            throw new RegistrationRejected("the master file path " + masterLocation + " holds a file that is not a"
                    + " master file BeamCat wrote; it is not overwritten (rename it and send the message again)");
        }
    }
}
