package org.beamcat.ids.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.ids.IdsCompatibility;
import org.beamcat.ids.config.IdsSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the IDS is deployed with valid settings; reports how it serves data. */
@Liveness
@ApplicationScoped
public class IdsLivenessCheck implements HealthCheck {

    @Inject
    IdsSettings settings;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ids-web").up()
                .withData("emulates", IdsCompatibility.EMULATED_VERSION)
                .withData("twoLevel", settings.twoLevel())
                .withData("readOnly", settings.readOnly())
                .build();
    }
}
