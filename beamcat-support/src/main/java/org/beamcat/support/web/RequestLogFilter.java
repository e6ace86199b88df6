package org.beamcat.support.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every REST request an id (the caller's {@code X-Request-Id} when it is sane, a new one otherwise),
 * echoes it in the response and writes one log line per request: FINE when it succeeded, WARNING when the
 * server failed. Error mappers put the same id into their log lines, so a user's report can be traced.
 *
 * <p>Each application registers it with a one-line {@code @Provider @PreMatching} subclass, because
 * providers in a library jar are not scanned by every container layout (EAR lib), and JAX-RS annotations
 * are not inherited.
 */
@PreMatching
public abstract class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RequestLogFilter.class.getName());
    private static final String STARTED = "beamcat.requestStartNanos";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(RequestIds.PROPERTY, RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER)));
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(RequestIds.PROPERTY);
        if (id == null) { // the request failed before our request filter ran
            id = RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
        }
        response.getHeaders().putSingle(RequestIds.HEADER, id);
        Level level = response.getStatus() >= 500 ? Level.WARNING : Level.FINE;
        if (LOG.isLoggable(level)) {
            Object started = request.getProperty(STARTED);
            long millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
            LOG.log(level, "{0} {1} -> {2} in {3} ms [request {4}]", new Object[] {
                request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
                response.getStatus(), millis, id});
        }
    }
}
