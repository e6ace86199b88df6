package org.beamcat.ingest.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.beamcat.ingest.messaging.IngestQueues;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the broker accepts a connection and the ingestion queue can be browsed. Reports whether
 * messages are waiting, without counting them (a count would walk a backlog of any size).
 */
@Readiness
@ApplicationScoped
public class IngestQueueCheck implements HealthCheck {

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = IngestQueues.INGEST_JNDI)
    Queue ingestQueue;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("ingest-ejb.queue")
                .withData("queue", IngestQueues.INGEST);
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(ingestQueue)) {
            return check.up().withData("messagesWaiting", browser.getEnumeration().hasMoreElements()).build();
        } catch (JMSException | JMSRuntimeException e) {
            return check.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
