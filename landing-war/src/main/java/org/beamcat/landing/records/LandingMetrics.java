package org.beamcat.landing.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The landing pages' MicroProfile Metrics, in the application registry ({@code /metrics?scope=application}):
 * catalogue searches made to show landing pages, exports and downloads, the cache's hits and misses, and
 * the pages served without rendering.
 */
@ApplicationScoped
public class LandingMetrics {

    public static final String CATALOGUE_READS = "beamcat.doi.landing.catalogue.reads";
    public static final String CACHE_HITS = "beamcat.doi.landing.cache.hits";
    public static final String CACHE_MISSES = "beamcat.doi.landing.cache.misses";
    public static final String RENDERED_HITS = "beamcat.doi.landing.rendered.hits";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** One catalogue search made for a landing page. */
    public void catalogueRead() {
        registry.counter(CATALOGUE_READS).inc();
    }

    /** Publishes a count kept elsewhere (e.g. landing pages served without rendering: {@link #RENDERED_HITS}). */
    public <T, R extends Number> void gauge(String name, T source, java.util.function.Function<T, R> value) {
        registry.gauge(name, source, value);
    }

    /** Publishes the cache's own counts. */
    public void watch(LandingRecordCache cache) {
        registry.gauge(CACHE_HITS, cache, LandingRecordCache::hits);
        registry.gauge(CACHE_MISSES, cache, LandingRecordCache::misses);
        registry.counter(CATALOGUE_READS);
    }
}
