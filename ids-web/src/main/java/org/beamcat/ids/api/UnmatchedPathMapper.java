package org.beamcat.ids.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Removed or unknown calls answer 501; python-icat detects removed calls (getApiVersion) by this. */
@Provider
public class UnmatchedPathMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return IdsError.response(501, "NOT_IMPLEMENTED", "Operation not implemented by this IDS server.");
    }
}
