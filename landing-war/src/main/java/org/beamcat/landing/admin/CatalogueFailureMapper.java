package org.beamcat.landing.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;

/** The catalogue failed a call the DOI service made as its own user: 502, with the catalogue's message. */
@Provider
public class CatalogueFailureMapper implements ExceptionMapper<IcatException> {

    private static final Logger LOG = Logger.getLogger(CatalogueFailureMapper.class.getName());

    @Override
    public Response toResponse(IcatException e) {
        LOG.log(Level.WARNING, "catalogue call of /doi/admin failed", e);
        return AdminError.response(502, "INTERNAL", String.valueOf(e.getMessage()));
    }
}
