package org.beamcat.icat.server.search;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.beamcat.icat.server.IcatServerException;

/**
 * How many searches may use the database at once ({@code beamcat.icat.max-concurrent-searches}). Kept below the
 * connection pool's size, so that a burst of expensive queries cannot hold every connection while logins, session
 * checks and writes wait for one. A search waits for a slot within its own deadline. Thread-safe.
 */
public final class SearchSlots {

    private final Semaphore slots;

    public SearchSlots(int maxConcurrentSearches) {
        this.slots = new Semaphore(maxConcurrentSearches, true);
    }

    /** A held slot; closing it gives it back. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    public Slot acquire(SearchDeadline deadline) throws IcatServerException {
        try {
            if (!slots.tryAcquire(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS)) {
                throw deadline.exceeded();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw deadline.exceeded();
        }
        return slots::release;
    }
}
