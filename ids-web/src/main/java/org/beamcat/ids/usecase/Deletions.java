package org.beamcat.ids.usecase;

import org.beamcat.ids.core.DataSelection;
import org.beamcat.ids.core.DeletionLocks;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.plugin.DfInfo;

/**
 * delete (contract 1.4.11): with exclusive locks on the datasets involved, delete the Datafiles in the
 * catalogue, then the files no remaining Datafile shares, and bring the archive up to date. If the catalogue
 * refuses, nothing is removed from storage.
 */
public final class Deletions {

    private final IdsCatalogue catalogue;
    private final DeletionLocks locks;

    public Deletions(IdsCatalogue catalogue, DeletionLocks locks) {
        this.catalogue = catalogue;
        this.locks = locks;
    }

    public void delete(String sessionId, SelectionIds ids) throws IdsException {
        DataSelection selection = catalogue.resolve(sessionId, ids);
        try (DeletionLocks.Deletion deletion = locks.begin(selection)) {
            catalogue.deleteDatafiles(sessionId, selection.datafileIds());
            deletion.commit(catalogue.unsharedLocations(sessionId,
                    selection.datafiles().stream().map(DfInfo::dfLocation).toList()));
        }
    }
}
