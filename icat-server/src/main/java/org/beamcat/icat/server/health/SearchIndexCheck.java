package org.beamcat.icat.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.icat.server.searchengine.runtime.SearchIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The search index: DOWN when it cannot be opened or when the oldest outbox row waits longer than
 * {@code beamcat.search.max-lag-seconds}. UP while it is being rebuilt, with {@code state: rebuilding} and the
 * progress (the catalogue itself serves; searches miss what the rebuild has not reached).
 */
@Readiness
@ApplicationScoped
public class SearchIndexCheck implements HealthCheck {

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        SearchIndex.Status status = index.status();
        HealthCheckResponseBuilder check = HealthCheckResponse.named("icat-server.search")
                .withData("state", !status.open() ? "unavailable" : status.rebuilding() ? "rebuilding" : "ready")
                .withData("outboxPending", status.pending())
                .withData("outboxLagSeconds", status.lag().toSeconds());
        if (status.rebuilding()) {
            check.withData("rebuilt", status.rebuilt()).withData("toRebuild", status.toRebuild());
        }
        if (status.error() != null) {
            check.withData("error", status.error());
        }
        boolean up = status.open() && status.lag().toSeconds() <= index.maxLagSeconds();
        return check.status(up).build();
    }
}
