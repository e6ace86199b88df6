package org.beamcat.ids.core;

import java.io.IOException;
import java.util.Set;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.twolevel.LockManager.Lock;
import org.beamcat.ids.twolevel.LockManager.LockType;
import org.beamcat.ids.twolevel.Operation;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.ids.twolevel.UnitRef;

/** delete, storage half: exclusive locks while the catalogue deletes, then the files and the archive. */
public final class DeletionLocks {

    private final StorageCore core;

    public DeletionLocks(StorageCore core) {
        this.core = core;
    }

    /** Exclusive locks on every dataset involved; with the dataset unit each must be online. */
    public Deletion begin(DataSelection selection) throws IdsException {
        Lock lock = core.lockAll(selection.datasets(), LockType.EXCLUSIVE);
        try {
            if (core.isTwoLevel() && core.storageUnit == StorageUnit.DATASET) {
                core.requireOnline(selection, false);
            }
            return new Deletion(selection, lock);
        } catch (IdsException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A delete in progress; closing it releases the locks. */
    public final class Deletion implements AutoCloseable {

        private final DataSelection selection;
        private final Lock lock;

        private Deletion(DataSelection selection, Lock lock) {
            this.selection = selection;
            this.lock = lock;
        }

        /**
         * The catalogue has deleted the selection's datafiles: remove the files no remaining datafile
         * shares (clones share a location), and bring the archive up to date.
         */
        public void commit(Set<String> unsharedLocations) throws InternalException {
            boolean twoLevel = core.isTwoLevel();
            try {
                for (DfInfo df : selection.datafiles()) {
                    if (unsharedLocations.contains(df.dfLocation())) {
                        core.main.delete(df.dfLocation(), df.createId(), df.modId());
                        if (twoLevel && core.storageUnit == StorageUnit.DATAFILE) {
                            core.queue.request(new UnitRef.Datafile(df), Operation.DELETE);
                        }
                    }
                }
            } catch (IOException e) {
                throw new InternalException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
            }
            if (twoLevel && core.storageUnit == StorageUnit.DATASET) {
                // The writer rebuilds each dataset's zip from what is left, or deletes it.
                selection.byDataset().forEach((ds, files) -> {
                    if (!files.isEmpty()) {
                        core.queue.request(new UnitRef.Dataset(ds), Operation.WRITE);
                    }
                });
            }
        }

        @Override
        public void close() {
            lock.close();
        }
    }
}
