package org.beamcat.ingest.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.ingest.web.access.Caller;
import org.beamcat.ingest.web.access.Credentials;
import org.beamcat.ingest.web.access.IngestAccess;
import org.beamcat.support.web.RequestIds;

/**
 * Authentication of {@code /ingest}, in one place: before a call marked {@link ProducerRequired} or
 * {@link OperatorRequired} runs (and before its body is read), the caller's credentials are checked by
 * {@link IngestAccess}; a refusal ends the request with 401, 403 or 503 through the exception mappers.
 * One subclass per mark, since a filter bound to two marks would only run for calls that carry both.
 */
abstract class AccessCheck implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessCheck.class.getName());

    @Inject
    IngestAccess access;

    abstract Caller check(IngestAccess access, Credentials credentials);

    @Override
    public void filter(ContainerRequestContext request) {
        Credentials credentials = Credentials.of(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString(Credentials.SESSION_HEADER),
                request.getUriInfo().getQueryParameters().getFirst("sessionId"));
        Caller caller = check(access, credentials);
        LOG.log(Level.FINE, "{0} {1} by {2} [request {3}]", new Object[] {request.getMethod(),
            request.getUriInfo().getPath(), caller, request.getProperty(RequestIds.PROPERTY)});
    }
}
