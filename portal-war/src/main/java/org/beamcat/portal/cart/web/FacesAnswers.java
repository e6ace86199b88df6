package org.beamcat.portal.cart.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.downloads.IdsFailure;

/** How the cart and downloads pages end when they cannot show themselves: a themed error page or the expired page. */
public final class FacesAnswers {

    private static final Logger LOG = Logger.getLogger(FacesAnswers.class.getName());

    private FacesAnswers() {
    }

    public static void failed(CatalogueException e) {
        switch (e.kind()) {
            case SESSION_EXPIRED -> redirect("/expired.xhtml");
            case NOT_FOUND -> send(HttpServletResponse.SC_NOT_FOUND);
            case BAD_REQUEST, LOGIN_REFUSED -> send(HttpServletResponse.SC_BAD_REQUEST);
            case UNAVAILABLE -> unavailable(e);
        }
    }

    public static void failed(IdsFailure e) {
        switch (e.kind()) {
            case SESSION_EXPIRED -> redirect("/expired.xhtml");
            case NOT_FOUND, FORBIDDEN -> send(HttpServletResponse.SC_NOT_FOUND);
            case BAD_REQUEST -> send(HttpServletResponse.SC_BAD_REQUEST);
            case UNAVAILABLE -> unavailable(e);
        }
    }

    public static void unavailable(Exception e) {
        LOG.log(Level.WARNING, "a cart or downloads page failed: " + e.getMessage(), e);
        send(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    public static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
