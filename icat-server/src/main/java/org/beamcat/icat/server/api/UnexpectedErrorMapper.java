package org.beamcat.icat.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.support.web.Incidents;

/**
 * Anything else becomes INTERNAL (HTTP 500, as icat.server answers). The client gets an incident id,
 * never a class name or a stack trace; the log gets the detail under the same id.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        String incident = Incidents.record(LOG, request, e);
        return IcatError.response(IcatErrorType.INTERNAL, Incidents.publicMessage(incident), -1);
    }
}
