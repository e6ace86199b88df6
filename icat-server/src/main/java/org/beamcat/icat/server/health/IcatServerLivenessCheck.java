package org.beamcat.icat.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.icat.server.IcatCompatibility;
import org.beamcat.icat.server.config.IcatServerSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the application is deployed with valid settings; reports what it runs with. */
@Liveness
@ApplicationScoped
public class IcatServerLivenessCheck implements HealthCheck {

    @Inject
    IcatServerSettings settings;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("icat-server")
                .up()
                .withData("emulates", IcatCompatibility.EMULATED_VERSION)
                .withData("lifetimeMinutes", settings.lifetimeMinutes())
                .build();
    }
}
