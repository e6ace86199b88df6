package org.beamcat.portal.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.portal.catalogue.PortalCatalogue;
import org.beamcat.portal.session.SessionKeeper;
import org.beamcat.support.config.SettingsReader;
import org.eclipse.microprofile.config.Config;

/** The portal's settings, read once and checked at start-up, and the objects built from them. */
@ApplicationScoped
public class PortalProducer {

    private static final Logger LOG = Logger.getLogger(PortalProducer.class.getName());

    @Inject
    Config config;

    @Produces
    @Singleton
    PortalSettings settings() {
        return PortalSettings.read(SettingsReader.of(config));
    }

    @Produces
    @Singleton
    IcatClient icatClient(PortalSettings settings) {
        return IcatClient.create(settings.icatUrl(), Duration.ofSeconds(20));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    SessionKeeper sessionKeeper(PortalCatalogue catalogue, PortalSettings settings, Clock clock) {
        return new SessionKeeper(catalogue, settings.refreshAfter(), settings.anonAuthenticator(), clock);
    }

    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started, PortalSettings settings) {
        LOG.info("portal-war settings: " + settings);
    }
}
