package org.beamcat.ids.usecase;

import org.beamcat.ids.core.Availability;
import org.beamcat.ids.core.StorageCore;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.NotImplementedException;

/** restore, archive, write and reset (contract 1.4.6–1.4.8): requests that move data between the levels. */
public final class ArchiveRequests {

    private final IdsCatalogue catalogue;
    private final StorageCore core;
    private final Availability availability;

    public ArchiveRequests(IdsCatalogue catalogue, StorageCore core, Availability availability) {
        this.catalogue = catalogue;
        this.core = core;
        this.availability = availability;
    }

    public void restore(String sessionId, SelectionIds ids) throws IdsException {
        requireTwoLevel();
        availability.restore(catalogue.resolve(sessionId, ids));
    }

    public void archive(String sessionId, SelectionIds ids) throws IdsException {
        requireTwoLevel();
        availability.archive(catalogue.resolve(sessionId, ids));
    }

    public void write(String sessionId, SelectionIds ids) throws IdsException {
        requireTwoLevel();
        availability.write(catalogue.resolve(sessionId, ids));
    }

    public void reset(String sessionId, SelectionIds ids) throws IdsException {
        availability.reset(catalogue.resolve(sessionId, ids));
    }

    public void reset(String preparedId) throws IdsException {
        availability.reset(preparedId);
    }

    /** Checked before the catalogue is asked, as ids.server does. */
    private void requireTwoLevel() throws NotImplementedException {
        if (!core.isTwoLevel()) {
            throw new NotImplementedException("This operation is unavailable for single level storage");
        }
    }
}
