package org.beamcat.ids.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The IDS decides every access through the catalogue, so it is not ready while ICAT cannot be reached. */
@Readiness
@ApplicationScoped
public class CatalogueReachableCheck implements HealthCheck {

    @Inject
    IcatClient icat;

    @Override
    public HealthCheckResponse call() {
        IcatProbe probe = IcatProbe.of(icat);
        return HealthCheckResponse.named("ids-web.icat").status(probe.reachable())
                .withData("url", icat.icatRoot().toString()).withData("detail", probe.detail()).build();
    }
}
