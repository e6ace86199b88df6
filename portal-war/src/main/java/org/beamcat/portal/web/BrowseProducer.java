package org.beamcat.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.beamcat.portal.browse.Browse;
import org.beamcat.portal.catalogue.PortalCatalogue;
import org.beamcat.portal.config.PortalSettings;

/** The use cases the pages call, built over the catalogue port with the portal's settings. */
@ApplicationScoped
public class BrowseProducer {

    @Produces
    @Singleton
    Browse browse(PortalCatalogue catalogue, PortalSettings settings) {
        return new Browse(catalogue, settings.pageSize());
    }
}
