package org.beamcat.ids.usecase;

import org.beamcat.icat.client.RootUsers;
import org.beamcat.ids.core.ServiceStatus;
import org.beamcat.ids.core.StorageCore;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;

/** getServiceStatus (contract 1.4.9): the queue, locks and failures, for the IDS's root users only. */
public final class ServiceAdmin {

    private final IdsCatalogue catalogue;
    private final StorageCore core;
    private final RootUsers rootUsers;

    public ServiceAdmin(IdsCatalogue catalogue, StorageCore core, RootUsers rootUsers) {
        this.catalogue = catalogue;
        this.core = core;
        this.rootUsers = rootUsers;
    }

    public ServiceStatus serviceStatus(String sessionId) throws IdsException {
        String user = catalogue.userName(sessionId);
        if (!rootUsers.includes(user)) {
            throw new InsufficientPrivilegesException(user + " is not included in the ids rootUserNames set.");
        }
        return core.serviceStatus();
    }
}
