package org.beamcat.icat.server.api;

import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.beamcat.support.web.RequestLogFilter;

/** Registers the shared request id and request log filter for this application (annotations are not inherited). */
@Provider
@PreMatching
public class IcatRequestLog extends RequestLogFilter {
}
