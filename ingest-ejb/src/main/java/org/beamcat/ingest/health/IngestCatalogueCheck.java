package org.beamcat.ingest.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.icat.client.IcatProbe;
import org.beamcat.ingest.messaging.IngestService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ingestion registers everything through the catalogue, so it is not ready while the catalogue cannot be
 * reached: messages would only pile up in redeliveries.
 */
@Readiness
@ApplicationScoped
public class IngestCatalogueCheck implements HealthCheck {

    @Inject
    IngestService service;

    @Override
    public HealthCheckResponse call() {
        IcatProbe probe = IcatProbe.of(service.client());
        return HealthCheckResponse.named("ingest-ejb.icat").status(probe.reachable())
                .withData("url", service.client().icatRoot().toString()).withData("detail", probe.detail()).build();
    }
}
