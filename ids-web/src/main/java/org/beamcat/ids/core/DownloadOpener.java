package org.beamcat.ids.core;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beamcat.ids.error.BadRequestException;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.InvalidLocationException;
import org.beamcat.ids.twolevel.LockManager.Lock;
import org.beamcat.ids.twolevel.LockManager.LockType;
import org.beamcat.ids.zip.MainStorageSource;
import org.beamcat.ids.zip.ZipItem;

/** getData, storage half: the body to write, with the shared locks that keep the data in place meanwhile. */
public final class DownloadOpener {

    private final StorageCore core;

    public DownloadOpener(StorageCore core) {
        this.core = core;
    }

    /** getData by preparedId: zip and compress come from the snapshot. */
    public Download open(String preparedId, long offset) throws IdsException {
        PreparedData data = core.prepared.load(preparedId);
        return open(data.selection(), data.zip(), data.compress(), offset);
    }

    /**
     * getData: checks that everything is online (else queues restores and answers 503), takes shared
     * locks held until the download is written or closed, and returns the body to write.
     */
    public Download open(DataSelection selection, boolean zip, boolean compress, long offset) throws IdsException {
        if (offset < 0) {
            throw new BadRequestException("The range must match bytes=(\\d+)-");
        }
        boolean zipped = zip || selection.datafiles().size() != 1;
        core.requireOnline(selection, true);
        Lock lock = core.lockAll(selection.datasets(), LockType.SHARED);
        try {
            core.requireOnline(selection, true); // an archive may have started before the lock was taken
            if (!zipped) {
                DfInfo datafile = selection.datafiles().get(0);
                return new LockedDownload.SingleFile(lock, offset, core.main, datafile,
                        core.main.size(datafile.dfLocation()));
            }
            List<ZipItem> items = new ArrayList<>();
            Map<Long, DsInfo> datasets = selection.datasetsById();
            for (DfInfo df : selection.datafiles()) {
                // Checked before the first byte goes out: once streaming, an error can only truncate the zip.
                core.main.size(df.dfLocation());
                items.add(new ZipItem(core.mapper.fullEntryName(datasets.get(df.dsId()), df),
                        new MainStorageSource(core.main, df)));
            }
            return new LockedDownload.Zip(lock, offset, items, compress);
        } catch (InvalidLocationException e) {
            lock.close();
            // The catalogue holds a location that would leave main storage. The IDS refuses to serve it, as
            // ids.server refuses a location whose hash it does not trust: 403, not a server fault (500).
            throw new InsufficientPrivilegesException(e.getMessage(), e);
        } catch (IdsException | RuntimeException e) {
            lock.close();
            throw StorageCore.translate(e);
        } catch (NoSuchFileException e) {
            lock.close();
            throw new InternalException("A datafile is missing from main storage: " + e.getMessage(), e);
        } catch (IOException e) {
            lock.close();
            throw new InternalException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }
}
