package org.beamcat.landing.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.catalogue.ServiceCatalogue;

/** Every /doi/admin call needs a root user's catalogue session, in the form field {@code sessionId}. */
@ApplicationScoped
public class RootCheck {

    @Inject
    ServiceCatalogue catalogue;

    /** Returns quietly for a root user's session; refuses (400, 403, 502) otherwise. */
    public void require(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw AdminRefusal.badParameter("sessionId is required");
        }
        boolean root;
        try {
            root = catalogue.isRoot(sessionId.strip());
        } catch (IcatException e) {
            throw e.type() == IcatErrorType.SESSION
                    ? new AdminRefusal(403, IcatErrorType.SESSION.name(), e.getMessage())
                    : new AdminRefusal(502, e.type() == null ? "INTERNAL" : e.type().name(), e.getMessage());
        }
        if (!root) {
            throw new AdminRefusal(403, "INSUFFICIENT_PRIVILEGES", "only root users may do this");
        }
    }
}
