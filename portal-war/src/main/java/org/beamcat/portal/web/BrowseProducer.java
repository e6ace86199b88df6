package org.beamcat.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.beamcat.portal.browse.Browse;
import org.beamcat.portal.catalogue.PortalCatalogue;
import org.beamcat.portal.config.PortalSettings;
import org.beamcat.portal.search.Search;
import org.beamcat.portal.storage.DataStorage;
import java.time.Clock;

/** The use cases the pages call, built over the catalogue port with the portal's settings. */
@ApplicationScoped
public class BrowseProducer {

    @Produces
    @Singleton
    Search search(PortalCatalogue catalogue, PortalSettings settings, Clock clock) {
        return new Search(catalogue, settings.pageSize(), clock);
    }

    @Produces
    @Singleton
    Browse browse(PortalCatalogue catalogue, DataStorage storage, PortalSettings settings) {
        return new Browse(catalogue, storage, settings.pageSize());
    }
}
