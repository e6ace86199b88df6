package org.beamcat.ids.usecase;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The queue and the tidier tick once as the storage side starts. On a loaded machine that first tick can come after
 * a test's first request and take it up; a no-op queued behind it on the fixture's one scheduler thread returns
 * only once it ran.
 */
public final class StartUpTicks {

    private StartUpTicks() {
    }

    public static void await(ScheduledExecutorService oneThread) {
        try {
            oneThread.schedule(() -> { }, 0, TimeUnit.MILLISECONDS).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
