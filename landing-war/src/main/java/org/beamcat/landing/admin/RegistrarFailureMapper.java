package org.beamcat.landing.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.landing.registrar.RegistrarException;

/**
 * The registrar's refusal or failure, with its own message (the operator must see DataCite's reason): 409
 * when it refuses the change (a draft cannot be hidden), 503 when it is unavailable, 502 otherwise.
 */
@Provider
public class RegistrarFailureMapper implements ExceptionMapper<RegistrarException> {

    private static final Logger LOG = Logger.getLogger(RegistrarFailureMapper.class.getName());

    @Override
    public Response toResponse(RegistrarException e) {
        LOG.log(Level.WARNING, "DOI registrar call failed", e);
        int status = switch (e.kind()) {
            case INVALID, ALREADY_EXISTS -> 409;
            case UNAVAILABLE -> 503;
            default -> 502;
        };
        return AdminError.response(status, "REGISTRAR_" + e.kind().name(), e.getMessage());
    }
}
