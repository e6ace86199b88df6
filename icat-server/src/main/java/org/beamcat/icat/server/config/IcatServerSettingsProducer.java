package org.beamcat.icat.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import org.beamcat.support.config.SettingsReader;
import org.eclipse.microprofile.config.Config;

/**
 * The single entry point for icat-server's settings. Reading them when the application starts makes a
 * missing or bad value fail the deployment, with a message that names the key.
 */
@ApplicationScoped
public class IcatServerSettingsProducer {

    private static final Logger LOG = Logger.getLogger(IcatServerSettingsProducer.class.getName());

    @Inject
    Config config;

    @Produces
    @Singleton
    IcatServerSettings settings() {
        return IcatServerSettings.read(SettingsReader.of(config));
    }

    @Produces
    @Singleton
    SearchEngineSettings searchEngineSettings() {
        return SearchEngineSettings.read(SettingsReader.of(config));
    }

    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started, IcatServerSettings settings,
            SearchEngineSettings search) {
        LOG.info("icat-server settings: " + settings);
        LOG.info("icat-server search engine settings: " + search);
    }
}
