package org.beamcat.portal.preview.config;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.beamcat.portal.preview.DataRoot;
import org.beamcat.portal.preview.DatasetPreview;
import org.beamcat.portal.preview.MasterFileCatalogue;
import org.beamcat.portal.preview.MasterFileReader;
import org.beamcat.portal.storage.DataStorage;
import org.beamcat.preview.NexusPreview;
import org.beamcat.preview.PlotOutcome;
import org.beamcat.preview.PlotRequest;
import org.beamcat.preview.PreviewSettings;
import org.beamcat.preview.TreeOutcome;
import org.beamcat.preview.jhdf.JhdfReader;
import org.beamcat.support.config.SettingsReader;
import org.eclipse.microprofile.config.Config;

/**
 * The preview's settings, read once and checked at start-up, and the objects built from them: nexus-preview on a
 * bounded pool of the container's managed threads ({@code workers} threads, 4 waiting per worker, more refused as
 * BUSY, as the library's own pool does), and the use case over the catalogue and storage ports.
 */
@ApplicationScoped
public class PreviewProducer {

    private static final Logger LOG = Logger.getLogger(PreviewProducer.class.getName());

    @Inject
    Config config;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Produces
    @Singleton
    PortalPreviewSettings settings() {
        return PortalPreviewSettings.read(SettingsReader.of(config));
    }

    private ThreadPoolExecutor workers;

    @Produces
    @Singleton
    NexusPreview nexusPreview(PortalPreviewSettings settings) {
        PreviewSettings bounds = settings.library();
        workers = new ThreadPoolExecutor(bounds.workers(), bounds.workers(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(bounds.workers() * 4), threads);
        workers.allowCoreThreadTimeOut(true);
        return new NexusPreview(bounds, new JhdfReader(), workers);
    }

    void close(@Disposes NexusPreview preview) {
        preview.close();
        if (workers != null) {
            workers.shutdownNow(); // the library does not stop an executor it was given
        }
    }

    @Produces
    @Singleton
    DatasetPreview datasetPreview(PortalPreviewSettings settings, MasterFileCatalogue catalogue, DataStorage storage,
            NexusPreview preview) {
        MasterFileReader reader = new MasterFileReader() {
            @Override
            public TreeOutcome tree(Path masterFile) {
                return preview.tree(masterFile);
            }

            @Override
            public PlotOutcome plot(Path masterFile, PlotRequest request) {
                return preview.plot(masterFile, request);
            }
        };
        return new DatasetPreview(catalogue, storage, new DataRoot(settings.dataRoot()), reader, settings.remember(),
                settings.rememberEntries(), Ticker.systemTicker());
    }

    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started,
            PortalPreviewSettings settings) {
        LOG.info("portal-war preview settings: " + settings);
    }
}
