package org.beamcat.landing.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.support.config.SettingsReader;
import org.eclipse.microprofile.config.Config;

/** The single entry point for the DOI service's settings, and the ICAT client built from them. */
@ApplicationScoped
public class LandingSettingsProducer {

    private static final Logger LOG = Logger.getLogger(LandingSettingsProducer.class.getName());

    @Inject
    Config config;

    @Produces
    @Singleton
    LandingSettings settings() {
        return LandingSettings.read(SettingsReader.of(config));
    }

    @Produces
    @Singleton
    DoiJobSettings jobSettings(LandingSettings settings) {
        return DoiJobSettings.read(SettingsReader.of(config), settings.icatUrl());
    }

    @Produces
    @Singleton
    DownloadSettings downloadSettings(LandingSettings settings) {
        return DownloadSettings.read(SettingsReader.of(config), settings.icatUrl());
    }

    @Produces
    @Singleton
    LandingCacheSettings cacheSettings() {
        return LandingCacheSettings.read(SettingsReader.of(config));
    }

    @Produces
    @Singleton
    IcatClient icatClient(LandingSettings settings) {
        return IcatClient.create(settings.icatUrl(), Duration.ofSeconds(10));
    }

    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started, LandingSettings settings,
            DoiJobSettings jobSettings, DownloadSettings downloadSettings, LandingCacheSettings cacheSettings) {
        LOG.info("landing-war settings: " + settings);
        LOG.info("landing-war DOI job settings: " + jobSettings);
        LOG.info("landing-war download settings: " + downloadSettings);
        LOG.info("landing-war landing-page cache: " + cacheSettings);
    }
}
