package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beamcat.portal.session.SessionKeeper;

/** "Log out" in the header (a Faces form: its view state is the CSRF token): ends the catalogue and HTTP sessions. */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    UserSession userSession;

    @Inject
    SessionKeeper keeper;

    public String logOut() {
        userSession.current().ifPresent(keeper::logOut);
        userSession.clear();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        Responses.redirect(PortalPaths.LOGIN + "?out=1");
        return null;
    }
}
