package org.beamcat.landing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.beamcat.landing.config.LandingCacheSettings;
import org.beamcat.landing.records.LandingMetrics;

/** The cache of rendered landing pages, sized from the settings and counted in the metrics. */
@ApplicationScoped
public class RenderedPagesProducer {

    @Produces
    @Singleton
    RenderedPages renderedPages(LandingCacheSettings cacheSettings, LandingMetrics metrics) {
        RenderedPages pages = new RenderedPages(cacheSettings.maxDois());
        metrics.gauge(LandingMetrics.RENDERED_HITS, pages, RenderedPages::hits);
        return pages;
    }
}
