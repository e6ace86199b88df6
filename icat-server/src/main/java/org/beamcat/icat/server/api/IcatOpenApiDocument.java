package org.beamcat.icat.server.api;

import jakarta.ws.rs.Path;
import org.beamcat.support.web.OpenApiDocument;

/** {@code GET /icat/openapi.yaml}: the catalogue API's OpenAPI description. */
@Path("openapi.yaml")
public class IcatOpenApiDocument extends OpenApiDocument {
}
