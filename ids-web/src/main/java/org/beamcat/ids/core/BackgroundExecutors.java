package org.beamcat.ids.core;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The threads background work runs on. In the server both are the container's (a
 * ManagedScheduledExecutorService and a ManagedExecutorService), so the IDS starts no thread of its own;
 * unit tests pass plain JDK executors and shut them down themselves.
 *
 * @param scheduler ticks the queue and the tidier
 * @param workers   runs queue operations (the IDS bounds how many at a time)
 */
public record BackgroundExecutors(ScheduledExecutorService scheduler, Executor workers) {
}
