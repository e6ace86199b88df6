package org.beamcat.ids.twolevel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;
import org.beamcat.ids.plugin.ZipMapper;
import org.beamcat.ids.twolevel.LockManager.Lock;
import org.beamcat.ids.twolevel.LockManager.LockType;

/**
 * Runs the queue: at every tick it takes the due entries and hands them to worker threads. Each
 * operation holds its dataset lock (shared to write, exclusive otherwise); an entry whose lock is busy
 * goes back to the queue. Restore failures are recorded per unit; failed writes are queued again so the
 * data still reaches the archive; an archive is refused while a write marker exists, and a unit the
 * archive does not hold yet is written before it is evicted (a dataset: unless its zip holds every file).
 */
public final class QueueProcessor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(QueueProcessor.class.getName());

    private final OperationQueue queue;
    private final LockManager locks;
    private final MainStorage main;
    private final ArchiveStorage archive;
    private final CatalogueView catalogue;
    private final DatasetOperations datasets;
    private final BoundedWorkers workers;
    private ScheduledFuture<?> ticking;

    /**
     * @param executor runs the operations (in the server, the container's managed executor), at most
     *                 {@code threads} at a time
     */
    public QueueProcessor(OperationQueue queue, LockManager locks, MainStorage main, ArchiveStorage archive,
            CatalogueView catalogue, ZipMapper mapper, Path workDir, Executor executor, int threads) {
        this.queue = queue;
        this.locks = locks;
        this.main = main;
        this.archive = archive;
        this.catalogue = catalogue;
        this.datasets = new DatasetOperations(main, archive, catalogue, mapper, workDir);
        this.workers = new BoundedWorkers(executor, threads);
    }

    /** Ticks every {@code interval} on the scheduler (in the server, the container's managed one). */
    public synchronized void start(ScheduledExecutorService scheduler, Duration interval) {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round: start every due operation. */
    void tick() {
        try {
            List<QueueEntry> due = queue.takeDue();
            List<QueueEntry> restores = new ArrayList<>();
            for (QueueEntry entry : due) {
                if (queue.unit() == StorageUnit.DATAFILE && entry.state() == RequestedState.RESTORE_REQUESTED) {
                    restores.add(entry); // one archive call for the batch, as tape likes it
                } else {
                    workers.execute(() -> runLocked(entry));
                }
            }
            if (!restores.isEmpty()) {
                workers.execute(() -> restoreDatafiles(restores));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A queue round failed; the next tick retries", e);
        }
    }

    private void runLocked(QueueEntry entry) {
        LockType type = entry.state().writes() ? LockType.SHARED : LockType.EXCLUSIVE;
        Lock lock;
        try {
            lock = locks.lock(datasetOf(entry.unit()), type);
        } catch (AlreadyLockedException e) {
            queue.putBack(entry);
            return;
        }
        Runnable followUp = () -> { };
        try (lock) {
            followUp = run(entry);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, entry.state() + " of " + entry.unit().describe() + " failed", e);
        } finally {
            // Follow-ups are queued before the entry is finished, so the queue never looks idle in between.
            try {
                followUp.run();
            } finally {
                queue.finished(entry);
            }
        }
    }

    /** Runs an operation; returns what to queue once the entry is finished. */
    private Runnable run(QueueEntry entry) throws IOException {
        UnitRef unit = entry.unit();
        switch (entry.state()) {
            case WRITE_REQUESTED, WRITE_THEN_ARCHIVE_REQUESTED -> {
                if (!write(unit)) {
                    // Queued again (after the delay), so the data still reaches the archive.
                    return () -> entry.state().operations().forEach(op -> queue.request(unit, op));
                }
                return entry.state() == RequestedState.WRITE_THEN_ARCHIVE_REQUESTED
                        ? () -> queue.request(unit, Operation.ARCHIVE) : () -> { };
            }
            case ARCHIVE_REQUESTED -> evict(unit);
            case RESTORE_REQUESTED -> restoreDataset((UnitRef.Dataset) unit, entry.interrupted());
            case DELETE_REQUESTED -> archive.delete(((UnitRef.Datafile) unit).datafile().dfLocation());
        }
        return () -> { };
    }

    private boolean write(UnitRef unit) {
        try {
            if (unit instanceof UnitRef.Dataset ds) {
                datasets.write(ds.dataset());
            } else {
                DfInfo df = ((UnitRef.Datafile) unit).datafile();
                try (var in = main.get(df.dfLocation(), df.createId(), df.modId())) {
                    archive.put(in, df.dfLocation());
                }
            }
            queue.removeMarker(unit.id());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Write of " + unit.describe() + " to the archive failed; it will be retried", e);
            return false;
        }
    }

    private void evict(UnitRef unit) throws IOException {
        if (queue.hasMarker(unit.id())) {
            LOG.info("Archive of " + unit.describe() + " refused: it has not been written to the archive yet");
            return;
        }
        if (unit instanceof UnitRef.Dataset ds) {
            datasets.evict(ds.dataset()); // checks the zip holds every file, rewriting it if not
            return;
        }
        DfInfo df = ((UnitRef.Datafile) unit).datafile();
        if (!main.exists(df.dfLocation())) {
            return;
        }
        if (!ArchivedCopy.matches(archive, main, df.dfLocation()) && !write(unit)) {
            return; // the archive lacks it (or an older copy) and cannot take it now: keep the only copy
        }
        main.delete(df.dfLocation(), df.createId(), df.modId());
    }

    private void restoreDataset(UnitRef.Dataset unit, boolean interrupted) throws IOException {
        DsInfo dataset = unit.dataset();
        if (interrupted) {
            datasets.remove(dataset); // a restore cut short by a restart may have left part of the files
        }
        // Judged by the registered datafiles: a folder shared with unregistered files is not the dataset.
        List<DfInfo> datafiles = catalogue.datafiles(dataset);
        if (main.exists(dataset, datafiles)) {
            queue.clearFailure(unit.id());
            return;
        }
        try {
            datasets.restore(dataset, datafiles);
            queue.clearFailure(unit.id());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Restore of " + dataset.describe() + " failed", e);
            queue.recordFailure(unit.id());
        }
    }

    private void restoreDatafiles(List<QueueEntry> entries) {
        List<QueueEntry> locked = new ArrayList<>();
        List<Lock> held = new ArrayList<>();
        for (QueueEntry entry : entries) {
            try {
                held.add(locks.lock(datasetOf(entry.unit()), LockType.EXCLUSIVE));
                locked.add(entry);
            } catch (AlreadyLockedException e) {
                queue.putBack(entry);
            }
        }
        try {
            List<DfInfo> missing = new ArrayList<>();
            for (QueueEntry entry : locked) {
                DfInfo df = ((UnitRef.Datafile) entry.unit()).datafile();
                if (main.exists(df.dfLocation())) {
                    queue.clearFailure(df.dfId()); // still or already there: nothing to copy
                } else {
                    missing.add(df);
                }
            }
            Set<DfInfo> failed = missing.isEmpty() ? Set.of() : archive.restore(main, missing);
            for (DfInfo df : missing) {
                if (failed.contains(df)) {
                    queue.recordFailure(df.dfId());
                } else {
                    queue.clearFailure(df.dfId());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "A batch restore failed", e);
            locked.forEach(entry -> queue.recordFailure(entry.unit().id()));
        } finally {
            held.forEach(Lock::close);
            locked.forEach(queue::finished);
        }
    }

    /** Locks are per dataset in both units; a datafile knows only its dataset's id. */
    private static DsInfo datasetOf(UnitRef unit) {
        return unit instanceof UnitRef.Dataset ds ? ds.dataset()
                : new DsInfo(unit.datasetId(), null, null, null, null, null, null, null);
    }

    /** Stops taking work and waits briefly for running operations; unfinished ones resume after a restart. */
    @Override
    public synchronized void close() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        workers.stop(Duration.ofSeconds(30));
    }
}
