package org.beamcat.ids.usecase;

import org.beamcat.ids.core.Availability;
import org.beamcat.ids.core.DataSelection;
import org.beamcat.ids.core.Download;
import org.beamcat.ids.core.DownloadOpener;
import org.beamcat.ids.core.PreparedData;
import org.beamcat.ids.core.Status;
import org.beamcat.ids.core.StorageCore;
import org.beamcat.ids.error.IdsException;

/**
 * Reading data (contract 1.4): getStatus, prepareData, isPrepared, getDatafileIds, getSize and getData, by a
 * session with id lists (resolved in the catalogue with that session: the access decision) or by preparedId.
 */
public final class Downloads {

    private final IdsCatalogue catalogue;
    private final StorageCore core;
    private final Availability availability;
    private final DownloadOpener opener;

    public Downloads(IdsCatalogue catalogue, StorageCore core, Availability availability, DownloadOpener opener) {
        this.catalogue = catalogue;
        this.core = core;
        this.availability = availability;
        this.opener = opener;
    }

    /** getStatus with a session; {@code sessionId} null asks with the reader account. */
    public Status status(String sessionId, SelectionIds ids) throws IdsException {
        DataSelection selection = sessionId == null ? catalogue.resolveAsReader(ids) : catalogue.resolve(sessionId, ids);
        return availability.status(selection);
    }

    public Status status(String preparedId) throws IdsException {
        return availability.status(preparedId);
    }

    /** prepareData: returns the preparedId. */
    public String prepare(String sessionId, SelectionIds ids, boolean zip, boolean compress) throws IdsException {
        return availability.prepare(catalogue.resolve(sessionId, ids), zip || ids.mustZip(), compress);
    }

    public boolean isPrepared(String preparedId) throws IdsException {
        return availability.isPrepared(preparedId);
    }

    /** The datafiles a session may read among the ids. */
    public DataSelection selection(String sessionId, SelectionIds ids) throws IdsException {
        return catalogue.resolve(sessionId, ids);
    }

    /** The snapshot behind a preparedId (getDatafileIds, getSize). */
    public PreparedData prepared(String preparedId) throws IdsException {
        return core.prepared(preparedId);
    }

    /** getSize: the sum of the catalogue's file sizes (real files are not read). */
    public static long size(DataSelection selection) {
        return selection.datafiles().stream().mapToLong(df -> df.fileSize() == null ? 0 : df.fileSize()).sum();
    }

    /** getData with a session. */
    public Download open(String sessionId, SelectionIds ids, boolean zip, boolean compress, long offset)
            throws IdsException {
        return opener.open(catalogue.resolve(sessionId, ids), zip || ids.mustZip(), compress, offset);
    }

    /** getData by preparedId: refused (404) once a datafile of the snapshot has left the catalogue. */
    public Download open(String preparedId, long offset) throws IdsException {
        PreparedData prepared = core.prepared(preparedId);
        catalogue.requireStillExist(prepared.selection().datafileIds());
        return opener.open(preparedId, offset);
    }
}
