package org.beamcat.ids.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.beamcat.ids.core.StorageCore.Unit;
import org.beamcat.ids.error.BadRequestException;
import org.beamcat.ids.error.DataNotOnlineException;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientStorageException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.LockManager.Lock;
import org.beamcat.ids.twolevel.LockManager.LockType;
import org.beamcat.ids.twolevel.Operation;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.ids.twolevel.UnitRef;

/** put, storage half: store the body, then either queue its archive copy or remove it again. */
public final class FileIntake {

    private final StorageCore core;

    public FileIntake(StorageCore core) {
        this.core = core;
    }

    /**
     * Stores the body where main storage chooses, computing CRC32 and size on the way. With the dataset unit a
     * dataset that has files must be online, judged by one of its registered files ({@code registeredFile},
     * empty for a dataset without files): at an ingestion location the folder may hold unregistered files
     * that eviction leaves, so the folder alone would look online.
     */
    public StoredFile store(DsInfo dataset, Optional<DfInfo> registeredFile, String name, InputStream body)
            throws IdsException {
        try (Lock lock = core.lockAll(List.of(dataset), LockType.SHARED)) {
            if (core.isTwoLevel() && core.storageUnit == StorageUnit.DATASET && registeredFile.isPresent()) {
                Unit unit = new Unit(new UnitRef.Dataset(dataset), List.of(registeredFile.get()));
                if (!core.online(unit)) {
                    core.queue.request(unit.ref(), Operation.RESTORE);
                    throw new DataNotOnlineException(StorageCore.DATASET_NOT_ONLINE);
                }
            }
            CheckedInputStream checked = new CheckedInputStream(body, new CRC32());
            CountingInputStream counted = new CountingInputStream(checked);
            String location = core.main.put(dataset, name, counted);
            return new StoredFile(location, checked.getChecksum().getValue(), counted.count());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), e);
        } catch (IOException e) {
            if (StorageCore.isStorageFull(e)) {
                throw new InsufficientStorageException("Main storage is full: " + e.getMessage(), e);
            }
            throw new InternalException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /** The datafile of a put is in the catalogue: queue its copy to the archive. */
    public void registered(DsInfo dataset, DfInfo datafile) {
        if (core.isTwoLevel()) {
            core.queue.request(core.storageUnit == StorageUnit.DATASET ? new UnitRef.Dataset(dataset)
                    : new UnitRef.Datafile(datafile), Operation.WRITE);
        }
    }

    /** The catalogue refused the datafile of a put: remove the stored file again. */
    public void discard(StoredFile stored) throws InternalException {
        try {
            core.main.delete(stored.location(), null, null);
        } catch (IOException e) {
            throw new InternalException("The stored file cannot be removed: " + e.getMessage(), e);
        }
    }
}
