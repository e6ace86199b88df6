package org.beamcat.ids.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.support.web.RequestIds;

/** Anything unexpected is an InternalException (500) with an incident id; the detail goes to the log. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        String incident = RequestIds.of(request == null ? null : request.getAttribute(RequestIds.PROPERTY));
        LOG.log(Level.SEVERE, "Unexpected failure [request " + incident + "]", e);
        return IdsError.response(500, "InternalException",
                "Unexpected server error; quote incident " + incident + " to the administrators");
    }
}
