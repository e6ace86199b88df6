package org.beamcat.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.beamcat.ingest.config.IngestSettings;
import org.beamcat.ingest.metrics.IngestMetrics;

/**
 * Lets a message whose raw input datasets are not registered yet wait for them: a copy of it goes back to
 * its queue with a JMS 2 delivery delay growing per wait ({@link org.beamcat.ingest.config.InputWaitSettings}),
 * counted in the property {@value #WAITS}; after the last wait it is dead-lettered with the missing inputs
 * as reason. Sent with the container's JMSContext, so in the MDB's transaction: the copy exists exactly
 * when the original is consumed.
 */
@ApplicationScoped
public class InputWait {

    /** Waits this message (or the copy it came from) has had. */
    public static final String WAITS = "beamcatInputWaits";

    private static final Logger LOG = Logger.getLogger(InputWait.class.getName());

    @Inject
    JMSContext context;

    @Inject
    IngestSettings settings;

    @Inject
    DeadLetters deadLetters;

    @Inject
    IngestMetrics metrics;

    public void waitOrGiveUp(String queue, Message message, String body, String reason, String originalId) {
        int wait = waitsSoFar(message) + 1;
        Optional<Duration> delay = settings.inputWait().delayBefore(wait);
        if (delay.isEmpty()) {
            deadLetters.send(queue, body, "gave up after " + (wait - 1) + " waits: " + reason, originalId, wait);
            return;
        }
        TextMessage again = context.createTextMessage(body);
        try {
            again.setIntProperty(WAITS, wait);
            again.setStringProperty(DeadLetters.ORIGINAL_ID, originalId == null ? "" : originalId);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setDeliveryDelay(delay.get().toMillis())
                .send(context.createQueue(queue), again);
        metrics.waitingForInputs(queue);
        LOG.info("message " + originalId + " of " + queue + " waits " + delay.get().toSeconds() + " s (wait " + wait
                + " of " + settings.inputWait().maxWaits() + "): " + reason);
    }

    private static int waitsSoFar(Message message) {
        try {
            return message.propertyExists(WAITS) ? message.getIntProperty(WAITS) : 0;
        } catch (JMSException | NumberFormatException e) {
            return 0;
        }
    }
}
