package org.beamcat.ids.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * closed when it stops. Background work runs on threads of the container's ManagedThreadFactory.
 */
@ApplicationScoped
public class IdsCoreProducer {

    private static final Logger LOG = Logger.getLogger(IdsCoreProducer.class.getName());

    /** Container-managed threads: created by the server, with the application's context, ended with it. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ScheduledExecutorService scheduler;
    private ExecutorService workers;

    @Produces
    @Singleton
    IcatCatalogue icatCatalogue(IcatClient icat, IdsSettings settings) {
        return new IcatCatalogue(icat, settings.reader().map(reader ->
                CatalogueAccount.of(icat, reader.authenticator(), reader.user(), reader.password())));
    }

    @Produces
    @Singleton
    StorageServices storageServices(IdsSettings settings, IcatClient icat, IcatCatalogue catalogue) {
        // Two scheduler threads so that a long tidier run never holds up the queue's ticks; as many workers
        // as beamcat.ids.queue.threads says. The pools are the IDS's, their threads the container's.
        scheduler = Executors.newScheduledThreadPool(2, threads);
        workers = Executors.newFixedThreadPool(settings.storage().workerThreads(), threads);
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
        storage.close(); // waits up to 30 s for running operations
        scheduler.shutdownNow();
        workers.shutdownNow();
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
