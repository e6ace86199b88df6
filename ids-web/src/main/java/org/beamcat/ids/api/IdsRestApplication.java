package org.beamcat.ids.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** IDS calls sit directly under the context root: {@code /ids/<call>}. */
@ApplicationPath("/")
public class IdsRestApplication extends Application {
}
