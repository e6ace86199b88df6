package org.beamcat.landing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beamcat.landing.config.LandingSettings;

/** Backs the service's front page ({@code /doi/}): who publishes, under which prefix. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    LandingSettings settings;

    public String getPublisher() {
        return settings.publisher();
    }

    public String getDoiPrefix() {
        return settings.doiPrefix();
    }
}
