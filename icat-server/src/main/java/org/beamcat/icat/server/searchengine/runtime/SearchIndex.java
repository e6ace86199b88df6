package org.beamcat.icat.server.searchengine.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beamcat.icat.server.config.SearchEngineSettings;
import org.beamcat.icat.server.searchengine.DocumentSource;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchEngine;
import org.beamcat.icat.server.searchengine.SearchEngineException;
import org.beamcat.icat.server.searchengine.jdbc.JdbcDocumentSource;
import org.beamcat.icat.server.searchengine.jdbc.JdbcOutboxStore;
import org.beamcat.icat.server.searchengine.lucene.LuceneSearchEngine;
import org.beamcat.icat.server.searchengine.outbox.IndexRebuild;
import org.beamcat.icat.server.searchengine.outbox.OutboxDrainer;
import org.beamcat.icat.server.searchengine.outbox.OutboxStore;

/**
 * The search engine of this application: opens the Lucene index at start-up (rebuilding it from the database when
 * it is missing, corrupt or was left half-built), and on one container-managed thread drains the outbox every
 * {@code beamcat.search.drain-interval-millis} and runs rebuild steps between drains. Root's {@code lucene/db}
 * calls start a rebuild, clear the index or drain at once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final List<EntityKind> ALL = List.of(EntityKind.INVESTIGATION, EntityKind.DATASET,
            EntityKind.DATAFILE);
    /** Longest a tick spends on rebuild steps before it drains the outbox again. */
    private static final long REBUILD_SLICE_MILLIS = 2_000;

    @Resource(lookup = "jdbc/icat")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SearchEngineSettings settings;

    private final Object work = new Object();
    private SearchEngine engine;
    private OutboxStore outbox;
    private DocumentSource documents;
    private OutboxDrainer drainer;
    private volatile IndexRebuild rebuild;
    private volatile String failure;
    private volatile Instant lastDrain;
    private ScheduledFuture<?> ticks;

    @PostConstruct
    void start() {
        outbox = new JdbcOutboxStore(dataSource);
        documents = new JdbcDocumentSource(dataSource);
        try {
            engine = LuceneSearchEngine.open(settings.directory(), settings.maxCandidates());
        } catch (SearchEngineException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Search engine not available: " + e.getMessage(), e);
            return;
        }
        drainer = new OutboxDrainer(outbox, documents, engine, settings.batchSize());
        if (!engine.isComplete()) {
            LOG.info("Search index in " + settings.directory() + " is missing or incomplete: rebuilding it");
            rebuild = new IndexRebuild(documents, engine, ALL, settings.batchSize());
        }
        ticks = executor.scheduleWithFixedDelay(this::tick, settings.drainIntervalMillis(),
                settings.drainIntervalMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
        synchronized (work) {
            if (engine != null) {
                try {
                    engine.close();
                } catch (SearchEngineException e) {
                    LOG.log(Level.WARNING, "Search index not closed cleanly", e);
                }
            }
        }
    }

    /** The engine, or empty when it could not be opened ({@link #failure()} says why). */
    public Optional<SearchEngine> engine() {
        return Optional.ofNullable(engine);
    }

    private void tick() {
        synchronized (work) {
            try {
                long until = System.currentTimeMillis() + REBUILD_SLICE_MILLIS;
                IndexRebuild running = rebuild;
                while (running != null && System.currentTimeMillis() < until) {
                    if (!running.step()) {
                        LOG.info("Search index rebuilt: " + running.done() + " documents");
                        rebuild = null;
                        break;
                    }
                }
                drainer.drain(20);
                lastDrain = Instant.now();
                failure = null;
            } catch (SearchEngineException | RuntimeException e) {
                failure = e.getMessage();
                LOG.log(Level.WARNING, "Search outbox not drained (it is retried): " + e.getMessage(), e);
            }
        }
    }

    /** {@code POST lucene/db}: applies every pending outbox row now and commits. */
    public void drainNow() throws SearchEngineException {
        requireEngine();
        synchronized (work) {
            while (drainer.drain(Integer.MAX_VALUE) > 0) {
                // until empty
            }
            engine.commit();
        }
    }

    /** {@code POST lucene/db/{entity}}: rebuilds one kind (or all) from the database, in the background. */
    public void rebuild(Optional<EntityKind> kind) throws SearchEngineException {
        requireEngine();
        synchronized (work) {
            rebuild = new IndexRebuild(documents, engine, kind.map(List::of).orElse(ALL), settings.batchSize());
        }
    }

    /** {@code DELETE lucene/db}: stops a rebuild and empties the index (the outbox keeps filling it). */
    public void clear() throws SearchEngineException {
        requireEngine();
        synchronized (work) {
            rebuild = null;
            engine.clear(null);
            engine.markComplete(false);
        }
    }

    /** Kinds a rebuild has still to index ({@code GET lucene/db}). */
    public List<String> populating() {
        IndexRebuild running = rebuild;
        return running == null ? List.of() : running.populating();
    }

    /** For health and metrics. */
    public Status status() {
        IndexRebuild running = rebuild;
        OutboxStore.Backlog backlog;
        try {
            backlog = outbox.backlog();
        } catch (SearchEngineException e) {
            return new Status(engine != null, running != null, 0, -1, -1, Duration.ZERO, e.getMessage());
        }
        Duration lag = backlog.oldest().map(oldest -> Duration.between(oldest, Instant.now()))
                .filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        return new Status(engine != null, running != null, running == null ? 0 : running.done(),
                running == null ? 0 : running.total(), backlog.pending(), lag, failure);
    }

    public int maxLagSeconds() {
        return settings.maxLagSeconds();
    }

    /**
     * @param open       the index could be opened
     * @param rebuilding a rebuild runs (searches miss what it has not reached yet)
     * @param pending    outbox rows waiting
     * @param lag        age of the oldest waiting row
     * @param error      the last failure of the drainer or the index, or null
     */
    public record Status(boolean open, boolean rebuilding, long rebuilt, long toRebuild, long pending, Duration lag,
            String error) {
    }

    private void requireEngine() throws SearchEngineException {
        if (engine == null) {
            throw new SearchEngineException("the search index is not available: " + failure);
        }
    }
}
