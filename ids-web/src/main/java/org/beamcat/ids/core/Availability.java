package org.beamcat.ids.core;

import java.util.List;
import org.beamcat.ids.core.StorageCore.Unit;
import org.beamcat.ids.error.DataNotOnlineException;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.error.NotFoundException;
import org.beamcat.ids.error.NotImplementedException;
import org.beamcat.ids.twolevel.LockManager.Lock;
import org.beamcat.ids.twolevel.LockManager.LockType;
import org.beamcat.ids.twolevel.Operation;
import org.beamcat.ids.twolevel.RequestedState;

/**
 * Where data is and where it should be: getStatus, prepareData, isPrepared, and the requests that move data
 * between the levels (restore, archive, write) or clear recorded failures (reset).
 */
public final class Availability {

    private final StorageCore core;

    public Availability(StorageCore core) {
        this.core = core;
    }

    /** getStatus: never triggers a restore. */
    public Status status(DataSelection selection) throws IdsException {
        if (!core.isTwoLevel()) {
            return Status.ONLINE;
        }
        Status result = Status.ONLINE;
        for (Unit unit : core.units(selection)) {
            core.refuseFailed(unit);
            List<RequestedState> states = core.queue.states(unit.ref().id());
            if (states.contains(RequestedState.RESTORE_REQUESTED)) {
                result = Status.RESTORING;
            } else if (states.stream().anyMatch(RequestedState::makesOffline) || !unit.empty() && !core.present(unit)) {
                return Status.ARCHIVED;
            }
        }
        return result;
    }

    public Status status(String preparedId) throws IdsException {
        return status(core.prepared.load(preparedId).selection());
    }

    /** prepareData: saves the snapshot, clears failures and queues restores of what is not online. */
    public String prepare(DataSelection selection, boolean zip, boolean compress) throws IdsException {
        String id = core.prepared.save(new PreparedData(zip || selection.datafiles().size() != 1, compress, selection));
        if (core.isTwoLevel()) {
            for (Unit unit : core.units(selection)) {
                core.queue.clearFailure(unit.ref().id());
                if (!core.online(unit)) {
                    core.queue.request(unit.ref(), Operation.RESTORE);
                }
            }
        }
        return id;
    }

    /** isPrepared: true once everything is online; queues a restore for whatever is not. */
    public boolean isPrepared(String preparedId) throws IdsException {
        PreparedData data = core.prepared.load(preparedId);
        if (!core.isTwoLevel()) {
            return true;
        }
        boolean allOnline = true;
        for (Unit unit : core.units(data.selection())) {
            core.refuseFailed(unit);
            if (!core.online(unit)) {
                core.queue.request(unit.ref(), Operation.RESTORE);
                allOnline = false;
            }
        }
        return allOnline;
    }

    public void restore(DataSelection selection) throws NotImplementedException {
        core.requireTwoLevel();
        core.units(selection).forEach(unit -> core.queue.request(unit.ref(), Operation.RESTORE));
    }

    public void archive(DataSelection selection) throws NotImplementedException {
        core.requireTwoLevel();
        core.units(selection).forEach(unit -> core.queue.request(unit.ref(), Operation.ARCHIVE));
    }

    /** write: queues an immediate copy to the archive of data that must be online. */
    public void write(DataSelection selection) throws IdsException {
        core.requireTwoLevel();
        try (Lock lock = core.lockAll(selection.datasets(), LockType.SHARED)) {
            for (Unit unit : core.units(selection)) {
                if (!core.online(unit)) {
                    throw new DataNotOnlineException("Requested data is not online, write request refused");
                }
            }
            core.units(selection).forEach(unit -> core.queue.requestWriteNow(unit.ref()));
        }
    }

    /** reset: clears recorded restore failures so status calls stop answering "Restore failed". */
    public void reset(DataSelection selection) {
        if (core.isTwoLevel()) {
            core.units(selection).forEach(unit -> core.queue.clearFailure(unit.ref().id()));
        }
    }

    public void reset(String preparedId) throws NotFoundException, InternalException {
        reset(core.prepared.load(preparedId).selection());
    }
}
