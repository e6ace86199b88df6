package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beamcat.portal.browse.Browse;
import org.beamcat.portal.browse.ListParameters;

/** {@code /datafile.xhtml?id=}: a file found by a search opens its dataset's page, filtered to its name. */
@Named
@RequestScoped
public class DatafileRedirect {

    @Inject
    Browse browse;

    @Inject
    UserSession userSession;

    public void open() {
        Responses.read(userSession, () -> Responses.redirect(
                browse.datafilePath(userSession.caller(), ListParameters.id(PageParameters.current(), "id"))));
    }
}
