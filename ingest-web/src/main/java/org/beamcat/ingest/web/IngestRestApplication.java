package org.beamcat.ingest.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Calls sit directly under the context root: {@code /ingest/dataset}, {@code /ingest/dead-letters}. */
@ApplicationPath("/")
public class IngestRestApplication extends Application {
}
