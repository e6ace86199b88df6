package org.beamcat.icat.server.authn;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.beamcat.icat.server.config.IcatServerSettings;

/** Makes the configured authenticators injectable; the db authenticator reads the catalogue database. */
@ApplicationScoped
public class AuthenticatorsProducer {

    @Resource(lookup = "jdbc/icat")
    DataSource catalogue;

    @Inject
    IcatServerSettings settings;

    @Produces
    @Singleton
    Authenticators authenticators() {
        return AuthenticatorFactory.create(settings.authentication(), catalogue);
    }
}
