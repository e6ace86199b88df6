package org.beamcat.icat.server.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The ICAT REST API is rooted at the context root: {@code /icat/<call>}, as in icat.server. */
@ApplicationPath("/")
public class IcatRestApplication extends Application {
}
