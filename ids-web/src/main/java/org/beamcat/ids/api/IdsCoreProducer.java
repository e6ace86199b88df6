package org.beamcat.ids.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.ids.catalogue.IcatAccess;
import org.beamcat.ids.catalogue.IcatCatalogueView;
import org.beamcat.ids.catalogue.ReaderSession;
import org.beamcat.ids.config.IdsSettings;
import org.beamcat.ids.core.DataSelectionService;
import org.beamcat.ids.core.FileStorageCore;

/**
 * Wires the storage core to the catalogue: one {@link DataSelectionService} per application, opened when
 * the application starts (so queued operations resume and the tidier runs) and closed when it stops.
 */
@ApplicationScoped
public class IdsCoreProducer {

    private static final Logger LOG = Logger.getLogger(IdsCoreProducer.class.getName());

    @Produces
    @Singleton
    IcatAccess icatAccess(IcatClient icat, IdsSettings settings) {
        return new IcatAccess(icat, new ReaderSession(icat, settings.reader()));
    }

    @Produces
    @Singleton
    DataSelectionService dataSelectionService(IdsSettings settings, IcatClient icat, IcatAccess access) {
        try {
            DataSelectionService service = FileStorageCore.open(settings, new IcatCatalogueView(icat, access),
                    Clock.systemDefaultZone());
            LOG.info("IDS storage core open (" + (service.isTwoLevel() ? "two level" : "single level") + ")");
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("The IDS storage core cannot be opened: " + e.getMessage(), e);
        }
    }

    void close(@Disposes DataSelectionService service) {
        service.close();
        LOG.info("IDS storage core closed");
    }

    /** Opens the core at start-up rather than on the first request, so the queue workers start at once. */
    void openAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started, DataSelectionService service) {
        LOG.fine(() -> "IDS core ready: " + service);
    }
}
