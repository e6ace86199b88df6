package org.beamcat.landing.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.beamcat.support.web.Incidents;

/** Anything else: 500 INTERNAL with an incident id; the log has the detail under the same id. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        return AdminError.response(500, "INTERNAL", Incidents.publicMessage(Incidents.record(LOG, request, e)));
    }
}
