package org.beamcat.ingest.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Ingestion's MicroProfile Metrics, in the application registry ({@code /metrics?scope=application}):
 * counters of messages per queue and outcome, of datafiles registered, and the datafile rate of the last
 * registration. MicroProfile Metrics 5 has no meters: a rate over time is the counter's rate in the
 * monitoring system (Prometheus {@code rate(beamcat_ingest_datafiles_registered_total[5m])}).
 *
 * <p>Outcomes (registered, rejected, dead-lettered, waiting, datafiles) count when the delivery's transaction
 * commits: a delivery rolled back at commit is delivered again and counted then, not twice. {@code received}
 * counts deliveries, redeliveries included.
 */
@ApplicationScoped
public class IngestMetrics {

    public static final String RECEIVED = "beamcat.ingest.messages.received";
    public static final String REGISTERED = "beamcat.ingest.messages.registered";
    public static final String REJECTED = "beamcat.ingest.messages.rejected";
    public static final String DEAD_LETTERED = "beamcat.ingest.messages.dead.lettered";
    public static final String WAITING = "beamcat.ingest.messages.waiting.for.inputs";
    public static final String DATAFILES = "beamcat.ingest.datafiles.registered";
    public static final String DATAFILES_RATE = "beamcat.ingest.datafiles.per.second";
    /** Master files not rewritten after a metadata update (folder gone, write failed); the update itself stands. */
    public static final String MASTER_FILES_NOT_WRITTEN = "beamcat.ingest.master.files.not.written";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Datafiles per second of the last registration that added files, in thousandths. */
    private final AtomicLong lastRateMilli = new AtomicLong();

    @PostConstruct
    void register() {
        registry.gauge(DATAFILES_RATE, lastRateMilli, rate -> rate.get() / 1000.0);
        registry.counter(DATAFILES);
        registry.counter(MASTER_FILES_NOT_WRITTEN);
    }

    /**
     * Registers every counter at zero for the given queues, at start-up: the application scope of
     * {@code /metrics} exists before the first message, and monitoring sees a counter from 0.
     */
    public void registerAll(List<String> queues) {
        for (String queue : queues) {
            for (String name : List.of(RECEIVED, REGISTERED, REJECTED, DEAD_LETTERED, WAITING)) {
                registry.counter(name, queueTag(queue));
            }
        }
    }

    public void received(String queue) {
        registry.counter(RECEIVED, queueTag(queue)).inc();
    }

    /** Handled successfully: registered, updated or re-scanned. */
    public void registered(String queue) {
        onCommit(REGISTERED, queue);
    }

    /** Refused for good (invalid message or rejected registration); such messages are also dead-lettered. */
    public void rejected(String queue) {
        onCommit(REJECTED, queue);
    }

    public void deadLettered(String queue) {
        onCommit(DEAD_LETTERED, queue);
    }

    public void waitingForInputs(String queue) {
        onCommit(WAITING, queue);
    }

    public void masterFilesNotWritten(long count) {
        if (count > 0) {
            registry.counter(MASTER_FILES_NOT_WRITTEN).inc(count);
        }
    }

    public void datafiles(int added, Duration took) {
        if (added <= 0) {
            return;
        }
        long millis = Math.max(1, took.toMillis());
        AfterCommit.run(transactions, () -> {
            registry.counter(DATAFILES).inc(added);
            lastRateMilli.set(added * 1_000_000L / millis);
        });
    }

    private void onCommit(String counter, String queue) {
        AfterCommit.run(transactions, () -> registry.counter(counter, queueTag(queue)).inc());
    }

    private static Tag queueTag(String queue) {
        return new Tag("queue", queue);
    }
}
