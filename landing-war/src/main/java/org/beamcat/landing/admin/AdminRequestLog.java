package org.beamcat.landing.admin;

import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.beamcat.support.web.RequestLogFilter;

/** Request ids ({@code X-Request-Id}) and the request log of /doi/admin, as for /icat, /ids and /ingest. */
@Provider
@PreMatching
public class AdminRequestLog extends RequestLogFilter {
}
