package org.beamcat.portal.cart.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.web.PortalPaths;
import org.beamcat.portal.web.Responses;

/**
 * How the cart and downloads pages end when they cannot show themselves: a themed error page or the expired page,
 * sent through the portal pages' {@link Responses}.
 */
public final class FacesAnswers {

    private static final Logger LOG = Logger.getLogger(FacesAnswers.class.getName());

    private FacesAnswers() {
    }

    public static void failed(CatalogueException e) {
        switch (e.kind()) {
            case SESSION_EXPIRED -> Responses.redirect(PortalPaths.EXPIRED);
            case NOT_FOUND -> Responses.send(HttpServletResponse.SC_NOT_FOUND);
            case BAD_REQUEST, LOGIN_REFUSED -> Responses.send(HttpServletResponse.SC_BAD_REQUEST);
            case UNAVAILABLE -> unavailable(e);
        }
    }

    public static void failed(IdsFailure e) {
        switch (e.kind()) {
            case SESSION_EXPIRED -> Responses.redirect(PortalPaths.EXPIRED);
            case NOT_FOUND, FORBIDDEN -> Responses.send(HttpServletResponse.SC_NOT_FOUND);
            case BAD_REQUEST -> Responses.send(HttpServletResponse.SC_BAD_REQUEST);
            case UNAVAILABLE -> unavailable(e);
        }
    }

    public static void unavailable(Exception e) {
        LOG.log(Level.WARNING, "a cart or downloads page failed: " + e.getMessage(), e);
        Responses.send(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
