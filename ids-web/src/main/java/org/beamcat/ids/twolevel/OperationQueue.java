package org.beamcat.ids.twolevel;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The deferred operations of two-level storage: one entry per unit, merged by {@link MergeRules}, plus
 * the entries whose operation is running, write markers and recorded restore failures. Every change is
 * saved by the {@link QueueJournal} before the method returns, so a restart resumes where it stopped.
 *
 * <p>Timing (contract 2.4): with the dataset unit a write waits {@code delay} after the latest write
 * request and the other operations are due at once; with the datafile unit the first request after a
 * round starts one shared delay, after which everything queued is taken together.
 */
public final class OperationQueue {

    private final StorageUnit unit;
    private final Duration delay;
    private final Clock clock;
    private final QueueJournal journal;
    private final Map<Long, QueueEntry> queued = new LinkedHashMap<>();
    private final Map<Long, QueueEntry> running = new LinkedHashMap<>();
    private final Set<Long> markers = new TreeSet<>();
    private final Set<Long> failures = new TreeSet<>();
    private Long batchDueMillis;

    private OperationQueue(StorageUnit unit, Duration delay, Clock clock, QueueJournal journal) {
        this.unit = unit;
        this.delay = delay;
        this.clock = clock;
        this.journal = journal;
    }

    /** Opens the queue saved in {@code journalFile}; entries that were running are queued again. */
    public static OperationQueue open(StorageUnit unit, Duration delay, Clock clock, java.nio.file.Path journalFile)
            throws IOException {
        OperationQueue queue = new OperationQueue(unit, delay, clock, new QueueJournal(journalFile));
        QueueJournal.Snapshot saved = queue.journal.load();
        for (QueueEntry entry : saved.entries()) {
            queue.requeue(entry);
        }
        queue.markers.addAll(saved.markers());
        queue.failures.addAll(saved.failures());
        if (unit == StorageUnit.DATAFILE && !queue.queued.isEmpty()) {
            queue.batchDueMillis = queue.now(); // the delay was already served before the restart
        }
        return queue;
    }

    public StorageUnit unit() {
        return unit;
    }

    /** Queues a request, merging it with what is queued for the unit. */
    public synchronized void request(UnitRef ref, Operation operation) {
        merge(ref, operation, false);
        save();
    }

    /** Queues a write that starts at the next tick instead of after the delay (the {@code write} call). */
    public synchronized void requestWriteNow(UnitRef ref) {
        merge(ref, Operation.WRITE, true);
        save();
    }

    /** The states queued or running for a unit (at most one of each). */
    public synchronized List<RequestedState> states(long unitId) {
        return Stream.of(queued.get(unitId), running.get(unitId))
                .filter(java.util.Objects::nonNull).map(QueueEntry::state).toList();
    }

    /** Takes the entries that are due and not already running, and marks them running. */
    public synchronized List<QueueEntry> takeDue() {
        long now = now();
        List<QueueEntry> due = new ArrayList<>();
        if (unit == StorageUnit.DATAFILE && (batchDueMillis == null || batchDueMillis > now)) {
            return due;
        }
        for (QueueEntry entry : List.copyOf(queued.values())) {
            long id = entry.unit().id();
            boolean ready = unit == StorageUnit.DATAFILE || !entry.state().writes() || entry.dueMillis() <= now;
            if (ready && !running.containsKey(id)) {
                queued.remove(id);
                running.put(id, entry);
                due.add(entry);
            }
        }
        if (unit == StorageUnit.DATAFILE) {
            // Left-overs (still running from before) go at the next tick without a new delay.
            batchDueMillis = queued.isEmpty() ? null : now;
        }
        if (!due.isEmpty()) {
            save();
        }
        return due;
    }

    /** The operation of a taken entry is over (done, failed or refused). */
    public synchronized void finished(QueueEntry entry) {
        running.remove(entry.unit().id());
        save();
    }

    /** A taken entry could not start (its lock was busy): it goes back, merged with anything newer. */
    public synchronized void putBack(QueueEntry entry) {
        running.remove(entry.unit().id());
        requeue(entry);
        if (unit == StorageUnit.DATAFILE && batchDueMillis == null) {
            batchDueMillis = now();
        }
        save();
    }

    public synchronized boolean hasMarker(long unitId) {
        return markers.contains(unitId);
    }

    /** The unit's data has reached the archive. */
    public synchronized void removeMarker(long unitId) {
        if (markers.remove(unitId)) {
            save();
        }
    }

    public synchronized boolean hasFailure(long unitId) {
        return failures.contains(unitId);
    }

    public synchronized void recordFailure(long unitId) {
        if (failures.add(unitId)) {
            save();
        }
    }

    public synchronized void clearFailure(long unitId) {
        if (failures.remove(unitId)) {
            save();
        }
    }

    public synchronized Set<Long> failures() {
        return Set.copyOf(failures);
    }

    /** Running entries first, then queued ones, as the service status lists them. */
    public synchronized List<QueueEntry> entries() {
        List<QueueEntry> all = new ArrayList<>(running.values());
        all.addAll(queued.values());
        return all;
    }

    public synchronized boolean isIdle() {
        return queued.isEmpty() && running.isEmpty();
    }

    private void merge(UnitRef ref, Operation operation, boolean now) {
        long id = ref.id();
        QueueEntry current = queued.get(id);
        MergeRules.Merge merge = MergeRules.merge(unit, current == null ? null : current.state(), operation);
        if (merge.removed()) {
            queued.remove(id);
            if (operation == Operation.DELETE) {
                markers.remove(id); // the file is gone before it was written: nothing left to protect
            }
        } else {
            long due = now ? now()
                    : merge.restartDelay() ? now() + delay.toMillis()
                    : current != null ? current.dueMillis() : now();
            boolean interrupted = current != null && current.interrupted();
            queued.put(id, new QueueEntry(ref, merge.state(), due, interrupted));
            if (operation == Operation.WRITE && merge.state().writes()) {
                markers.add(id);
            }
        }
        if (unit == StorageUnit.DATAFILE && (batchDueMillis == null || now)) {
            batchDueMillis = now ? now() : now() + delay.toMillis();
        }
    }

    /** Replays an older entry underneath whatever is queued now for its unit. */
    private void requeue(QueueEntry older) {
        long id = older.unit().id();
        QueueEntry newer = queued.remove(id);
        queued.put(id, older);
        if (newer != null) {
            for (Operation operation : newer.state().operations()) {
                QueueEntry current = queued.get(id);
                MergeRules.Merge merge = MergeRules.merge(unit, current == null ? null : current.state(), operation);
                if (merge.removed()) {
                    queued.remove(id);
                } else {
                    long due = merge.restartDelay() ? Math.max(newer.dueMillis(), current == null ? 0 : current.dueMillis())
                            : current != null ? current.dueMillis() : newer.dueMillis();
                    queued.put(id, new QueueEntry(newer.unit(), merge.state(), due,
                            older.interrupted() || newer.interrupted()));
                }
            }
        }
    }

    private void save() {
        journal.save(running.values(), queued.values(), markers, failures);
    }

    private long now() {
        return clock.millis();
    }
}
