package org.beamcat.ids.twolevel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;

/**
 * Shared and exclusive locks per dataset id that never wait: a conflict fails at once. Downloads, puts
 * and writes share; delete, archive and restore are exclusive. The main storage's own lock is taken with
 * the first lock on a dataset and released with the last.
 */
public final class LockManager {

    private static final Logger LOG = Logger.getLogger(LockManager.class.getName());

    public enum LockType { SHARED, EXCLUSIVE }

    /** A snapshot of one dataset's lock, for the service status. */
    public record LockInfo(long datasetId, LockType type, int count) {
    }

    private static final class Holder {
        final LockType type;
        final AutoCloseable storageLock;
        int count;

        Holder(LockType type, AutoCloseable storageLock) {
            this.type = type;
            this.storageLock = storageLock;
        }
    }

    /** Releases what it holds when closed; closing twice is harmless. */
    public final class Lock implements AutoCloseable {

        private final List<Long> datasetIds;
        private boolean closed;

        private Lock(List<Long> datasetIds) {
            this.datasetIds = datasetIds;
        }

        @Override
        public void close() {
            synchronized (LockManager.this) {
                if (!closed) {
                    closed = true;
                    datasetIds.forEach(LockManager.this::release);
                }
            }
        }
    }

    private final MainStorage main;
    private final Map<Long, Holder> held = new HashMap<>();

    public LockManager(MainStorage main) {
        this.main = main;
    }

    public Lock lock(DsInfo dataset, LockType type) throws AlreadyLockedException {
        return lockAll(List.of(dataset), type);
    }

    /** All or nothing, in dataset id order. */
    public synchronized Lock lockAll(Collection<DsInfo> datasets, LockType type) throws AlreadyLockedException {
        Map<Long, DsInfo> byId = new HashMap<>();
        datasets.forEach(ds -> byId.putIfAbsent(ds.dsId(), ds));
        List<Long> taken = new ArrayList<>();
        for (Long id : new TreeSet<>(byId.keySet())) {
            try {
                acquire(byId.get(id), type);
                taken.add(id);
            } catch (AlreadyLockedException e) {
                taken.forEach(this::release);
                throw e;
            }
        }
        return new Lock(taken);
    }

    public synchronized List<LockInfo> snapshot() {
        return held.entrySet().stream()
                .map(e -> new LockInfo(e.getKey(), e.getValue().type, e.getValue().count))
                .sorted((a, b) -> Long.compare(a.datasetId(), b.datasetId()))
                .toList();
    }

    private void acquire(DsInfo dataset, LockType type) throws AlreadyLockedException {
        long id = dataset.dsId();
        Holder holder = held.get(id);
        if (holder != null) {
            if (holder.type == LockType.EXCLUSIVE || type == LockType.EXCLUSIVE) {
                throw new AlreadyLockedException(id);
            }
            holder.count++;
            return;
        }
        AutoCloseable storageLock;
        try {
            storageLock = main.lock(dataset, type == LockType.SHARED);
        } catch (IOException e) {
            LOG.log(Level.INFO, "Main storage refused a lock on dataset " + id + ": " + e);
            throw new AlreadyLockedException(id);
        }
        holder = new Holder(type, storageLock);
        holder.count = 1;
        held.put(id, holder);
    }

    private void release(long id) {
        Holder holder = held.get(id);
        if (holder == null) {
            return;
        }
        if (--holder.count == 0) {
            held.remove(id);
            try {
                if (holder.storageLock != null) {
                    holder.storageLock.close();
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Releasing the main storage lock on dataset " + id + " failed", e);
            }
        }
    }
}
