package org.beamcat.icat.server.session;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import org.beamcat.icat.server.authn.Authenticators;
import org.beamcat.icat.server.config.IcatServerSettings;

/**
 * Makes {@link SessionService} injectable ({@code @Inject SessionService sessions}) on the catalogue
 * database and the system clock. SessionService itself is a plain class so tests build it directly.
 */
@ApplicationScoped
public class SessionServiceProducer {

    @Resource(lookup = "jdbc/icat")
    DataSource catalogue;

    @Inject
    Authenticators authenticators;

    @Inject
    IcatServerSettings settings;

    @Produces
    @Singleton
    SessionService sessionService() {
        return new SessionService(catalogue, authenticators, settings, Clock.systemUTC());
    }
}
