package org.beamcat.portal.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.portal.browse.InvalidParameter;
import org.beamcat.portal.browse.NoSuchPage;
import org.beamcat.portal.catalogue.CatalogueException;

/**
 * How a page's view action ends when it cannot show the page: an error status (the themed error page), or
 * the "session expired" page when the catalogue says the caller's session has ended. {@link #send} and
 * {@link #redirect} are how every Faces page of the portal (the cart's and downloads' too) ends a request early.
 */
public final class Responses {

    private static final Logger LOG = Logger.getLogger(Responses.class.getName());

    private Responses() {
    }

    /** A page's reads of its parameters and of the catalogue. */
    @FunctionalInterface
    interface PageRead {
        void run() throws InvalidParameter, NoSuchPage, CatalogueException;
    }

    /**
     * Runs a page's reads and, when one fails, answers for the page: a bad parameter 400, an unknown page 404, a
     * failed catalogue call as {@link #failed}. False when the page was answered so and must not go on.
     */
    static boolean read(UserSession session, PageRead read) {
        try {
            read.run();
            return true;
        } catch (InvalidParameter e) {
            badRequest();
        } catch (NoSuchPage e) {
            notFound();
        } catch (CatalogueException e) {
            failed(e, session);
        }
        return false;
    }

    /** Parameters the page cannot use (malformed, out of range): 400. */
    static void badRequest() {
        send(HttpServletResponse.SC_BAD_REQUEST);
    }

    static void notFound() {
        send(HttpServletResponse.SC_NOT_FOUND);
    }

    /** What a failed catalogue call means for the page. */
    static void failed(CatalogueException e, UserSession session) {
        switch (e.kind()) {
            case SESSION_EXPIRED -> {
                session.clear();
                redirect(PortalPaths.EXPIRED);
            }
            case NOT_FOUND -> notFound();
            case BAD_REQUEST, LOGIN_REFUSED -> badRequest();
            case UNAVAILABLE -> {
                LOG.log(Level.WARNING, "the catalogue failed: " + e.getMessage(), e);
                send(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /** A redirect to a path of the portal, ending the Faces request. */
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

    /** An error status (the themed error page), ending the Faces request. */
    public static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
