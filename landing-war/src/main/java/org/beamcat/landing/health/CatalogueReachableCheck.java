package org.beamcat.landing.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Landing pages are rendered from the catalogue: not ready while ICAT cannot be reached. */
@Readiness
@ApplicationScoped
public class CatalogueReachableCheck implements HealthCheck {

    @Inject
    IcatClient icat;

    @Override
    public HealthCheckResponse call() {
        IcatProbe probe = IcatProbe.of(icat);
        return HealthCheckResponse.named("landing-war.icat").status(probe.reachable())
                .withData("detail", probe.detail()).build();
    }
}
