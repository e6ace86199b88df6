package org.beamcat.ingest.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.beamcat.support.config.SettingsReader;
import org.eclipse.microprofile.config.Config;

/** The single entry point for the ingestion settings. */
@ApplicationScoped
public class IngestSettingsProducer {

    @Inject
    Config config;

    @Produces
    @Singleton
    IngestSettings settings() {
        return IngestSettings.read(SettingsReader.of(config));
    }
}
