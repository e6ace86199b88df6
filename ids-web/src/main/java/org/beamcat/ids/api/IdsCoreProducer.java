package org.beamcat.ids.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.RootUsers;
import org.beamcat.ids.catalogue.IcatCatalogue;
import org.beamcat.ids.catalogue.IcatCatalogueView;
import org.beamcat.ids.config.IdsSettings;
import org.beamcat.ids.core.BackgroundExecutors;
import org.beamcat.ids.core.FileStorageCore;
import org.beamcat.ids.core.StorageServices;
import org.beamcat.ids.usecase.ArchiveRequests;
import org.beamcat.ids.usecase.Deletions;
import org.beamcat.ids.usecase.Downloads;
import org.beamcat.ids.usecase.ServiceAdmin;
import org.beamcat.ids.usecase.Uploads;

/**
 * Wires the use cases to the catalogue adapter and the storage side: one {@link StorageServices} per
 * application, opened when the application starts (so queued operations resume and the tidier runs) and
 * closed when it stops. Background work runs on the container's managed executors.
 */
@ApplicationScoped
public class IdsCoreProducer {

    private static final Logger LOG = Logger.getLogger(IdsCoreProducer.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService workers;

    @Produces
    @Singleton
    IcatCatalogue icatCatalogue(IcatClient icat, IdsSettings settings) {
        return new IcatCatalogue(icat, settings.reader().map(reader ->
                CatalogueAccount.of(icat, reader.authenticator(), reader.user(), reader.password())));
    }

    @Produces
    @Singleton
    StorageServices storageServices(IdsSettings settings, IcatClient icat, IcatCatalogue catalogue) {
        try {
            StorageServices storage = FileStorageCore.open(settings, new IcatCatalogueView(catalogue),
                    Clock.systemDefaultZone(), new BackgroundExecutors(scheduler, workers));
            LOG.info("IDS storage core open (" + (storage.core().isTwoLevel() ? "two level" : "single level") + ")");
            return storage;
        } catch (IOException e) {
            throw new UncheckedIOException("The IDS storage core cannot be opened: " + e.getMessage(), e);
        }
    }

    void close(@Disposes StorageServices storage) {
        storage.close();
        LOG.info("IDS storage core closed");
    }

    @Produces
    @Singleton
    Downloads downloads(IcatCatalogue catalogue, StorageServices storage) {
        return new Downloads(catalogue, storage.core(), storage.availability(), storage.downloads());
    }

    @Produces
    @Singleton
    ArchiveRequests archiveRequests(IcatCatalogue catalogue, StorageServices storage) {
        return new ArchiveRequests(catalogue, storage.core(), storage.availability());
    }

    @Produces
    @Singleton
    Uploads uploads(IcatCatalogue catalogue, StorageServices storage) {
        return new Uploads(catalogue, storage.intake());
    }

    @Produces
    @Singleton
    Deletions deletions(IcatCatalogue catalogue, StorageServices storage) {
        return new Deletions(catalogue, storage.deletions());
    }

    @Produces
    @Singleton
    ServiceAdmin serviceAdmin(IcatCatalogue catalogue, StorageServices storage, IdsSettings settings) {
        return new ServiceAdmin(catalogue, storage.core(), RootUsers.of(settings.rootUsers()));
    }

    /** Opens the core at start-up rather than on the first request, so the queue workers start at once. */
    void openAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started, StorageServices storage) {
        LOG.fine(() -> "IDS core ready: " + storage);
    }
}
