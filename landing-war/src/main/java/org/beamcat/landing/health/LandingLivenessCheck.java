package org.beamcat.landing.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.landing.config.LandingSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the DOI service is deployed with valid settings; reports the prefix it mints under. */
@Liveness
@ApplicationScoped
public class LandingLivenessCheck implements HealthCheck {

    @Inject
    LandingSettings settings;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("landing-war").up().withData("doiPrefix", settings.doiPrefix()).build();
    }
}
