package org.beamcat.ids.api;

import jakarta.ws.rs.Path;
import org.beamcat.support.web.OpenApiDocument;

/** {@code GET /ids/openapi.yaml}: the data service's OpenAPI description. */
@Path("openapi.yaml")
public class IdsOpenApiDocument extends OpenApiDocument {
}
