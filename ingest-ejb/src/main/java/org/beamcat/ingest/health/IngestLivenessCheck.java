package org.beamcat.ingest.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.ingest.config.IngestSettings;
import org.beamcat.ingest.messaging.IngestQueues;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while ingestion is deployed with valid settings; reports where it registers data from. */
@Liveness
@ApplicationScoped
public class IngestLivenessCheck implements HealthCheck {

    @Inject
    IngestSettings settings;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ingest-ejb").up()
                .withData("queue", IngestQueues.INGEST)
                .withData("dataRoot", settings.dataRoot().toString())
                .build();
    }
}
