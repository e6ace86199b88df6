package org.beamcat.ids.twolevel;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks on an executor the IDS does not own (in the server, the container's managed executor), at most
 * {@code limit} at a time; the rest wait here in order. {@link #stop} refuses new tasks and waits a while
 * for the running ones, since a managed executor cannot be shut down by the application.
 */
final class BoundedWorkers implements Executor {

    private static final Logger LOG = Logger.getLogger(BoundedWorkers.class.getName());

    private final Executor executor;
    private final int limit;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int running;
    private boolean stopped;

    BoundedWorkers(Executor executor, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("At least one worker is needed");
        }
        this.executor = executor;
        this.limit = limit;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (stopped) {
                return; // the queue journal keeps the operation; it runs after the next start
            }
            if (running >= limit) {
                waiting.add(task);
                return;
            }
            running++;
        }
        submit(task);
    }

    private void submit(Runnable task) {
        try {
            executor.execute(() -> runThenNext(task));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The executor refused a queue operation; the queue retries it later", e);
            done();
        }
    }

    private void runThenNext(Runnable task) {
        Runnable next = task;
        while (next != null) {
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A queue operation failed", e);
            }
            next = takeNext();
        }
    }

    /** The next waiting task for this worker, or null once none waits (the worker slot is then given back). */
    private synchronized Runnable takeNext() {
        Runnable next = stopped ? null : waiting.poll();
        if (next == null) {
            running--;
            notifyAll();
        }
        return next;
    }

    private synchronized void done() {
        running--;
        notifyAll();
    }

    synchronized int running() {
        return running;
    }

    /** Refuses new tasks, drops waiting ones, and waits up to {@code timeout} for the running ones. */
    synchronized void stop(Duration timeout) {
        stopped = true;
        waiting.clear();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
