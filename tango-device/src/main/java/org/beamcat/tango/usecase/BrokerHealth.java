package org.beamcat.tango.usecase;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Whether the broker is known to be down, and the background reconnect that finds out when it is back.
 * A failed send reports it down; from then on a daemon thread probes with back-off until a probe (or a
 * send) succeeds. The device is in FAULT exactly while this says down, so it recovers by itself.
 */
public final class BrokerHealth implements AutoCloseable {

    /** Why the broker is considered down, since when, and when it is probed next. */
    public record Down(String reason, OffsetDateTime since, OffsetDateTime nextProbe) {
    }

    private final DatasetMessageSender sender;
    private final ReconnectBackoff backoff;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private Down down;
    private ScheduledFuture<?> nextProbe;
    private int attempt;

    public BrokerHealth(DatasetMessageSender sender, ReconnectBackoff backoff, Clock clock, String threadName) {
        this.sender = sender;
        this.backoff = backoff;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    public synchronized Optional<Down> down() {
        return Optional.ofNullable(down);
    }

    public synchronized boolean isDown() {
        return down != null;
    }

    /** A send failed: mark down (keeping the first failure time) and make sure a probe is scheduled. */
    public synchronized void reportDown(String reason) {
        OffsetDateTime since = down == null ? OffsetDateTime.now(clock) : down.since();
        if (nextProbe == null) {
            attempt = 0;
            scheduleProbe();
        }
        down = new Down(reason, since, nextProbeTime());
    }

    /** A send or a probe worked: up again, no more probes. */
    public synchronized void reportUp() {
        down = null;
        attempt = 0;
        if (nextProbe != null) {
            nextProbe.cancel(false);
            nextProbe = null;
        }
    }

    private void scheduleProbe() {
        nextProbe = scheduler.schedule(this::probe, backoff.delay(attempt).toMillis(), TimeUnit.MILLISECONDS);
    }

    private OffsetDateTime nextProbeTime() {
        return OffsetDateTime.now(clock).plus(backoff.delay(attempt));
    }

    private void probe() {
        try {
            sender.probe();
            synchronized (this) {
                nextProbe = null;
                reportUp();
            }
        } catch (BrokerUnavailableException e) {
            synchronized (this) {
                if (down == null) {
                    nextProbe = null;
                    return;
                }
                attempt++;
                scheduleProbe();
                down = new Down(e.getMessage(), down.since(), nextProbeTime());
            }
        } catch (RuntimeException e) {
            // Never let the reconnect thread die silently: treat anything odd as "still down".
            synchronized (this) {
                attempt++;
                scheduleProbe();
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
