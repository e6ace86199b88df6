package org.beamcat.ingest.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.beamcat.ingest.web.access.AccessRefusedException;

/** No or unknown credentials: 401 with the schemes {@code /ingest} takes; a known caller without the right: 403. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<AccessRefusedException> {

    @Override
    public Response toResponse(AccessRefusedException e) {
        if (e.authenticated()) {
            return IngestError.response(403, IngestError.INSUFFICIENT_PRIVILEGES, e.getMessage());
        }
        return IngestError.builder(401, IngestError.SESSION, e.getMessage())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"beamcat-ingest\"").build();
    }
}
