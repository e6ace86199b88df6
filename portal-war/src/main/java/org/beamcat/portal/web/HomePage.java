package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /}: a member's own investigations, or the public data for a guest. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    UserSession userSession;

    public void open() {
        Responses.redirect(userSession.isAnonymous() ? PortalPaths.PUBLIC_DATA : PortalPaths.MY_DATA);
    }
}
