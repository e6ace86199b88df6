package org.beamcat.icat.server.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.beamcat.icat.server.IcatErrorType;

/**
 * No resource matched: ICAT answers 501 with a fixed body, and old clients detect removed calls by it.
 */
@Provider
public class UnmatchedPathMapper implements ExceptionMapper<NotFoundException> {

    static final String MESSAGE = "Operation not implemented by this ICAT server.";

    @Override
    public Response toResponse(NotFoundException e) {
        return IcatError.response(IcatErrorType.NOT_IMPLEMENTED, MESSAGE, -1);
    }
}
