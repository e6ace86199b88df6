package org.beamcat.landing.registrar.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.registrar.DoiMinter;
import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.datacite.DataCiteRestRegistrar;
import org.beamcat.landing.registrar.datacite.DataCiteSettings;
import org.beamcat.landing.registrar.offline.OfflineRegistrar;
import org.beamcat.landing.registrar.offline.OfflineRegistrarSettings;
import org.beamcat.support.config.SettingsReader;
import org.eclipse.microprofile.config.Config;

/**
 * Chooses the registrar from {@code beamcat.doi.registrar}: {@code offline} (the default, so a local run
 * never reaches DataCite by accident; DOIs kept in files, see {@link OfflineRegistrarSettings}) or
 * {@code datacite}, whose settings are then read and checked, when the application starts.
 */
@ApplicationScoped
public class RegistrarProducer {

    public static final String REGISTRAR = "beamcat.doi.registrar";

    private static final Logger LOG = Logger.getLogger(RegistrarProducer.class.getName());
    private static final Pattern CHOICES = Pattern.compile("datacite|offline");

    @Inject
    Config config;

    @Produces
    @Singleton
    DoiRegistrar registrar() {
        return choose(SettingsReader.of(config), MetadataValidator.withSystemClock());
    }

    @Produces
    @Singleton
    DoiMinter minter(DoiRegistrar registrar) {
        return new DoiMinter(registrar, MetadataValidator.withSystemClock());
    }

    /** Builds the registrar when the application starts, so a bad setting fails the deployment naming its key. */
    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started, DoiRegistrar registrar) {
        LOG.info("DOI registrar ready: " + registrar);
    }

    static DoiRegistrar choose(SettingsReader reader, MetadataValidator validator) {
        String choice = reader.stringMatching(REGISTRAR, "offline", CHOICES, "datacite or offline");
        if (choice.equals("offline")) {
            OfflineRegistrarSettings offline = OfflineRegistrarSettings.read(reader);
            LOG.info("DOI registrar: offline, DOIs kept in " + offline.directory() + " (they do not resolve)");
            return new OfflineRegistrar(offline.directory(), validator);
        }
        DataCiteSettings settings = DataCiteSettings.read(reader);
        LOG.info("DOI registrar: " + settings);
        return new DataCiteRestRegistrar(settings, validator);
    }
}
