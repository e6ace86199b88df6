package org.beamcat.ingest.web;

import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.beamcat.support.web.RequestLogFilter;

/** Request ids ({@code X-Request-Id}) and one log line per request, as in the other BeamCat APIs. */
@Provider
@PreMatching
public class IngestRequestLog extends RequestLogFilter {
}
