package org.beamcat.icat.server.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

@Provider
public class IcatServerExceptionMapper implements ExceptionMapper<IcatServerException> {

    private static final Logger LOG = Logger.getLogger(IcatServerExceptionMapper.class.getName());

    @Override
    public Response toResponse(IcatServerException e) {
        Level level = e.type() == IcatErrorType.INTERNAL ? Level.SEVERE : Level.FINE;
        LOG.log(level, "{0}: {1}", new Object[] {e.type(), e.getMessage()});
        return IcatError.response(e.type(), e.getMessage(), e.offset());
    }
}
