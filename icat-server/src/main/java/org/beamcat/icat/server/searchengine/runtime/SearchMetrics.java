package org.beamcat.icat.server.searchengine.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The search outbox as MicroProfile Metrics gauges ({@code /metrics?scope=application}): rows waiting
 * ({@code beamcat.search.outbox.pending}) and the age of the oldest in seconds
 * ({@code beamcat.search.outbox.lag.seconds}), the lag between a catalogue write and its being searchable.
 */
@ApplicationScoped
public class SearchMetrics {

    public static final String PENDING = "beamcat.search.outbox.pending";
    public static final String LAG_SECONDS = "beamcat.search.outbox.lag.seconds";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    SearchIndex index;

    @PostConstruct
    void register() {
        registry.gauge(PENDING, index, i -> i.status().pending());
        registry.gauge(LAG_SECONDS, index, i -> i.status().lag().toMillis() / 1000.0);
    }

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Creating the bean registers the gauges before the first scrape.
    }
}
