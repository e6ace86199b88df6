package org.beamcat.support.web;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import java.io.InputStream;

/**
 * Serves the application's hand-written OpenAPI description, {@code WEB-INF/classes/META-INF/openapi.yaml}
 * (the file MicroProfile OpenAPI reads), as it is at {@code <context root>/openapi.yaml}. Payara's own
 * {@code /openapi} shows only the most recently deployed application, so each API serves its own.
 *
 * <p>Each application registers it with a one-line {@code @Path("openapi.yaml")} subclass (JAX-RS class
 * annotations are not inherited), like {@link RequestLogFilter}.
 */
public abstract class OpenApiDocument {

    static final String FILE = "/WEB-INF/classes/META-INF/openapi.yaml";

    @Context
    ServletContext servletContext;

    @GET
    @Produces("application/yaml")
    public InputStream description() {
        InputStream file = servletContext.getResourceAsStream(FILE);
        if (file == null) {
            throw new NotFoundException("this application has no OpenAPI description");
        }
        return file;
    }
}
