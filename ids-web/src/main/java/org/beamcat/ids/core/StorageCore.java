package org.beamcat.ids.core;

import java.io.IOException;
import java.util.List;
import org.beamcat.ids.error.BadRequestException;
import org.beamcat.ids.error.DataNotOnlineException;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.error.NotFoundException;
import org.beamcat.ids.error.NotImplementedException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.InvalidLocationException;
import org.beamcat.ids.plugin.MainStorage;
import org.beamcat.ids.plugin.ZipMapper;
import org.beamcat.ids.twolevel.AlreadyLockedException;
import org.beamcat.ids.twolevel.LockManager;
import org.beamcat.ids.twolevel.LockManager.Lock;
import org.beamcat.ids.twolevel.LockManager.LockType;
import org.beamcat.ids.twolevel.Operation;
import org.beamcat.ids.twolevel.OperationQueue;
import org.beamcat.ids.twolevel.RequestedState;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.ids.twolevel.UnitRef;

/**
 * The state the storage operations share (main storage, locks, prepared snapshots, the queue on two level)
 * and the rules they all apply: what a unit of a selection is, when it is online, when a request must wait
 * for a restore. Background work lives in {@link StorageBackground}; the operations in {@link Availability},
 * {@link DownloadOpener}, {@link FileIntake} and {@link DeletionLocks}.
 */
public final class StorageCore {

    static final String DATASET_NOT_ONLINE = "Before putting, getting or deleting a datafile, its dataset has to be "
            + "restored, restoration requested automatically";
    static final String DATAFILE_NOT_ONLINE =
            "Before getting a datafile, it must be restored, restoration requested automatically";

    final MainStorage main;
    final ZipMapper mapper;
    final StorageUnit storageUnit;
    final LockManager locks;
    final PreparedStore prepared;
    final OperationQueue queue; // null on single level

    StorageCore(MainStorage main, ZipMapper mapper, StorageUnit storageUnit, LockManager locks,
            PreparedStore prepared, OperationQueue queue) {
        this.main = main;
        this.mapper = mapper;
        this.storageUnit = storageUnit;
        this.locks = locks;
        this.prepared = prepared;
        this.queue = queue;
    }

    public boolean isTwoLevel() {
        return queue != null;
    }

    /** The prepared snapshot, for getDatafileIds and getSize by preparedId. */
    public PreparedData prepared(String preparedId) throws NotFoundException, InternalException {
        return prepared.load(preparedId);
    }

    /** getServiceStatus. */
    public ServiceStatus serviceStatus() {
        List<ServiceStatus.QueuedOperation> ops = isTwoLevel()
                ? queue.entries().stream()
                        .map(e -> new ServiceStatus.QueuedOperation(e.unit().describe(), e.state().name())).toList()
                : List.of();
        List<Long> failures = isTwoLevel() ? queue.failures().stream().sorted().toList() : List.of();
        return new ServiceStatus(ops, locks.snapshot(), failures);
    }

    /**
     * A unit of the selection and its selected datafiles, by which main storage judges whether a dataset sharing
     * its folder with other files is present. A unit without files has no data: an empty dataset is always online.
     */
    record Unit(UnitRef ref, List<DfInfo> files) {

        boolean empty() {
            return files.isEmpty();
        }
    }

    List<Unit> units(DataSelection selection) {
        if (storageUnit == StorageUnit.DATASET) {
            return selection.byDataset().entrySet().stream().map(dataset -> new Unit(
                    new UnitRef.Dataset(dataset.getKey()), dataset.getValue())).toList();
        }
        return selection.datafiles().stream().map(df -> new Unit(new UnitRef.Datafile(df), List.of(df)))
                .toList();
    }

    boolean online(Unit unit) throws IdsException {
        if (unit.empty()) {
            return true;
        }
        return queue.states(unit.ref().id()).stream().noneMatch(RequestedState::makesOffline) && present(unit);
    }

    boolean present(Unit unit) throws IdsException {
        try {
            return unit.ref() instanceof UnitRef.Dataset ds ? main.exists(ds.dataset(), unit.files())
                    : main.exists(((UnitRef.Datafile) unit.ref()).datafile().dfLocation());
        } catch (InvalidLocationException e) {
            throw new InsufficientPrivilegesException(e.getMessage(), e); // refused, as getData refuses it
        } catch (IOException e) {
            throw new InternalException("Main storage cannot be checked: " + e.getMessage(), e);
        }
    }

    void refuseFailed(Unit unit) throws InternalException {
        if (queue.hasFailure(unit.ref().id())) {
            throw new InternalException("Restore failed");
        }
    }

    /** Two level: every unit must be online, else restores are queued for those that are not and 503. */
    void requireOnline(DataSelection selection, boolean forGet) throws IdsException {
        if (!isTwoLevel()) {
            return;
        }
        boolean allOnline = true;
        for (Unit unit : units(selection)) {
            refuseFailed(unit); // a recorded failure is reported (500) until reset, not retried by every call
            if (!online(unit)) {
                queue.request(unit.ref(), Operation.RESTORE);
                allOnline = false;
            }
        }
        if (!allOnline) {
            throw new DataNotOnlineException(storageUnit == StorageUnit.DATAFILE && forGet
                    ? DATAFILE_NOT_ONLINE : DATASET_NOT_ONLINE);
        }
    }

    void requireTwoLevel() throws NotImplementedException {
        if (!isTwoLevel()) {
            throw new NotImplementedException("This operation is unavailable for single level storage");
        }
    }

    Lock lockAll(List<DsInfo> datasets, LockType type) throws DataNotOnlineException {
        try {
            return locks.lockAll(datasets, type);
        } catch (AlreadyLockedException e) {
            throw new DataNotOnlineException("Data is busy");
        }
    }

    /** The JDK reports ENOSPC and EDQUOT only through the message of a plain IOException. */
    static boolean isStorageFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    static IdsException translate(Exception e) {
        if (e instanceof IdsException ids) {
            return ids;
        }
        if (e instanceof IllegalArgumentException) {
            return new BadRequestException(e.getMessage(), e);
        }
        return new InternalException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
}
