package org.beamcat.icat.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.support.web.Incidents;

/**
 * What the JAX-RS runtime refused, answered as icat.server answers it: "not found" (no resource matched, or a
 * non-numeric query/path parameter) is 501 with a fixed body that old clients detect removed calls by; anything
 * else it refused (wrong method, media type) is INTERNAL, as icat.server's catch-all made it.
 */
@Provider
public class UnmatchedPathMapper implements ExceptionMapper<WebApplicationException> {

    static final String MESSAGE = "Operation not implemented by this ICAT server.";

    private static final Logger LOG = Logger.getLogger(UnmatchedPathMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
            return IcatError.response(IcatErrorType.NOT_IMPLEMENTED, MESSAGE, -1);
        }
        return IcatError.response(IcatErrorType.INTERNAL, Incidents.publicMessage(Incidents.record(LOG, request, e)), -1);
    }
}
