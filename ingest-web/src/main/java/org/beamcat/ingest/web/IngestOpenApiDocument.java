package org.beamcat.ingest.web;

import jakarta.ws.rs.Path;
import org.beamcat.support.web.OpenApiDocument;

/** {@code GET /ingest/openapi.yaml}: the ingestion API's OpenAPI description. */
@Path("openapi.yaml")
public class IngestOpenApiDocument extends OpenApiDocument {
}
