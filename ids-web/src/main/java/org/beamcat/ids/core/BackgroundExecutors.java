package org.beamcat.ids.core;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The executors background work runs on. In the server their threads come from the container's
 * ManagedThreadFactory (IdsCoreProducer), so the IDS starts no unmanaged thread; unit tests pass plain JDK
 * executors. Whoever creates them shuts them down, after closing the storage side.
 *
 * @param scheduler ticks the queue and the tidier
 * @param workers   runs queue operations (the IDS bounds how many at a time)
 */
public record BackgroundExecutors(ScheduledExecutorService scheduler, Executor workers) {
}
