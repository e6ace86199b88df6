package org.beamcat.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.beamcat.support.web.Incidents;

/**
 * Anything else: 500 in the JSON error contract with an incident id (the request's id), never a class name
 * or a stack trace; a JMS failure (the broker down) is 503, since trying again later can succeed.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        return ErrorAnswer.of(e, () -> Incidents.record(LOG, request, e)).response();
    }
}
