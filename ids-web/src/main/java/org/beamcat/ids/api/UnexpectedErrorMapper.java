package org.beamcat.ids.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.beamcat.support.web.Incidents;

/** Anything unexpected is an InternalException (500) with an incident id; the detail goes to the log. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        return IdsError.response(500, "InternalException", Incidents.publicMessage(Incidents.record(LOG, request, e)));
    }
}
