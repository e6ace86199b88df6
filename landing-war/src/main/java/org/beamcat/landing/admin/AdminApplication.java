package org.beamcat.landing.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The DOI service's operator API, {@code /doi/admin/…}: JAX-RS, with the error contract of {@code /icat} and
 * {@code /ids}: every answer JSON (errors {@code {"code","message"}}), an {@code X-Request-Id} on every
 * response, an incident id instead of a stack trace for anything unexpected.
 */
@ApplicationPath("admin")
public class AdminApplication extends Application {
}
