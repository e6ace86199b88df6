package org.beamcat.portal.cart.adapters;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beamcat.portal.cart.Cart;
import org.beamcat.portal.cart.CartCatalogue;
import org.beamcat.portal.cart.CartLimits;
import org.beamcat.portal.cart.CartSettings;
import org.beamcat.portal.config.PortalSettings;
import org.beamcat.portal.downloads.DataService;
import org.beamcat.portal.downloads.Downloads;
import org.beamcat.portal.downloads.adapters.HttpDataService;
import org.beamcat.portal.downloads.adapters.IdsStreams;
import org.beamcat.portal.downloads.adapters.JdbcDownloadStore;
import org.beamcat.portal.store.PortalSchema;
import org.beamcat.support.config.SettingsReader;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the cart and downloads use cases from their adapters: the portal's tables in {@code jdbc/icat} (migrated
 * when the portal starts; a failed migration fails the deployment), the IDS at the portal's {@code ids-url}, and the
 * cart's limits (validated at start-up).
 */
@ApplicationScoped
public class CartProducer {

    private static final Logger LOG = Logger.getLogger(CartProducer.class.getName());

    @Resource(lookup = "jdbc/icat")
    DataSource dataSource;

    @Inject
    Config config;

    @Produces
    @Singleton
    CartLimits limits() {
        return CartSettings.read(SettingsReader.of(config));
    }

    @Produces
    @Singleton
    DataService dataService(PortalSettings settings) {
        return new HttpDataService(settings.idsUrl());
    }

    @Produces
    @Singleton
    IdsStreams idsStreams(PortalSettings settings) {
        return new IdsStreams(settings.idsUrl());
    }

    @Produces
    @Singleton
    Cart cart(CartCatalogue catalogue, DataService ids, CartLimits limits, Clock clock) {
        return new Cart(new JdbcCartStore(dataSource, clock), catalogue, ids, limits);
    }

    @Produces
    @Singleton
    Downloads downloads(DataService ids, Clock clock) {
        return new Downloads(ids, new JdbcDownloadStore(dataSource), clock);
    }

    void migrateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started, CartLimits limits) {
        var result = PortalSchema.migrate(dataSource);
        LOG.info(() -> "portal tables at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied); cart limits " + limits);
    }
}
