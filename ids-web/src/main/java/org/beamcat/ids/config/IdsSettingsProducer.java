package org.beamcat.ids.config;

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

/** The single entry point for the IDS settings, and the ICAT client built from them. */
@ApplicationScoped
public class IdsSettingsProducer {

    private static final Logger LOG = Logger.getLogger(IdsSettingsProducer.class.getName());

    @Inject
    Config config;

    @Produces
    @Singleton
    IdsSettings settings() {
        return IdsSettings.read(SettingsReader.of(config));
    }

    @Produces
    @Singleton
    IcatClient icatClient(IdsSettings settings) {
        return IcatClient.create(settings.icatUrl(), Duration.ofSeconds(30));
    }

    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started, IdsSettings settings) {
        LOG.info("ids-web settings: " + settings);
    }
}
