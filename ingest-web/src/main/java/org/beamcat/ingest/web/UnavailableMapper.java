package org.beamcat.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.ingest.web.access.CatalogueUnavailableException;
import org.beamcat.support.web.RequestIds;

/** The catalogue could not check the caller: 503 (try again), not 500; the cause goes to the log. */
@Provider
public class UnavailableMapper implements ExceptionMapper<CatalogueUnavailableException> {

    private static final Logger LOG = Logger.getLogger(UnavailableMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(CatalogueUnavailableException e) {
        String id = RequestIds.of(request == null ? null : request.getAttribute(RequestIds.PROPERTY));
        LOG.log(Level.WARNING, "catalogue unavailable for an access check [request " + id + "]", e);
        return IngestError.builder(503, IngestError.INTERNAL, "the catalogue is not available to check the "
                + "caller's session; try again later").header("Retry-After", "10").build();
    }
}
