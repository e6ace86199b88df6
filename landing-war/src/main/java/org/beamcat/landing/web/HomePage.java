package org.beamcat.landing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beamcat.landing.config.LandingSettings;
import org.beamcat.landing.registrar.DoiRegistrar;

/** Backs the service's front page ({@code /doi/}): who publishes, under which prefix. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    LandingSettings settings;

    @Inject
    DoiRegistrar registrar;

    /** False with the offline registrar or DataCite's test service: the DOIs do not resolve at doi.org. */
    public boolean isDoiResolvable() {
        return registrar.resolvesAtDoiOrg();
    }

    public String getPublisher() {
        return settings.publisher();
    }

    public String getDoiPrefix() {
        return settings.doiPrefix();
    }
}
