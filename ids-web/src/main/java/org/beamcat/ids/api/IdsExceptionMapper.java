package org.beamcat.ids.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.ids.error.IdsException;

/** The contract's errors: {@code {"code":"<ExceptionName>","message":…}} with the exception's status. */
@Provider
public class IdsExceptionMapper implements ExceptionMapper<IdsException> {

    private static final Logger LOG = Logger.getLogger(IdsExceptionMapper.class.getName());

    @Override
    public Response toResponse(IdsException e) {
        Level level = e.httpStatus() >= 500 && e.httpStatus() != 501 && e.httpStatus() != 503 ? Level.WARNING
                : Level.FINE;
        LOG.log(level, e.code() + ": " + e.getMessage(), e.getCause());
        return IdsError.response(e.httpStatus(), e.code(), e.getMessage() == null ? "" : e.getMessage());
    }
}
