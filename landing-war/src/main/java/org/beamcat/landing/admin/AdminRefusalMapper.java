package org.beamcat.landing.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal is answered with its own status and code. */
@Provider
public class AdminRefusalMapper implements ExceptionMapper<AdminRefusal> {

    @Override
    public Response toResponse(AdminRefusal e) {
        return AdminError.response(e.status(), e.code(), e.getMessage());
    }
}
