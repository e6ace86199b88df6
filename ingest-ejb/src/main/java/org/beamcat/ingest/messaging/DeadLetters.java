package org.beamcat.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.beamcat.ingest.metrics.IngestMetrics;
import org.beamcat.messages.DeadLetterFormat;

/**
 * Puts a message that cannot be registered on the dead-letter queue {@value IngestQueues#DEAD_LETTER}:
 * the original body unchanged (so it can be re-submitted as it is), and as properties the reason, the
 * source queue, the original JMS message id, the deliveries made and when. Sent with the container's
 * JMSContext, so inside the MDB's transaction: the dead letter exists exactly when the original message
 * is consumed.
 */
@ApplicationScoped
public class DeadLetters {

    // the property names are message-contract's DeadLetterFormat, which ingest-web's listing reads
    public static final String REASON = DeadLetterFormat.REASON;
    public static final String SOURCE_QUEUE = DeadLetterFormat.SOURCE_QUEUE;
    public static final String ORIGINAL_ID = DeadLetterFormat.ORIGINAL_ID;
    public static final String ATTEMPTS = DeadLetterFormat.ATTEMPTS;
    public static final String DEAD_LETTERED_AT = DeadLetterFormat.DEAD_LETTERED_AT;
    /** Longest reason kept: a JMS property is not the place for a whole stack trace. */
    private static final int MAX_REASON = 4000;

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    @Inject
    JMSContext context;

    @Inject
    IngestMetrics metrics;

    /** A dead letter from {@value IngestQueues#INGEST}. */
    public void send(String originalBody, String reason, String originalId, int attempts) {
        send(IngestQueues.INGEST, originalBody, reason, originalId, attempts);
    }

    /** A dead letter from {@code sourceQueue}, where a re-submission sends it back. */
    public void send(String sourceQueue, String originalBody, String reason, String originalId, int attempts) {
        String shortReason = reason == null ? "no reason given"
                : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
        TextMessage letter = context.createTextMessage(originalBody);
        try {
            letter.setStringProperty(REASON, shortReason);
            letter.setStringProperty(SOURCE_QUEUE, sourceQueue);
            letter.setStringProperty(ORIGINAL_ID, originalId == null ? "" : originalId);
            letter.setIntProperty(ATTEMPTS, attempts);
            letter.setStringProperty(DEAD_LETTERED_AT, OffsetDateTime.now().toString());
        } catch (jakarta.jms.JMSException e) {
            throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(context.createQueue(IngestQueues.DEAD_LETTER), letter);
        metrics.deadLettered(sourceQueue);
        LOG.warning("message " + originalId + " of " + sourceQueue + " sent to " + IngestQueues.DEAD_LETTER + " after "
                + attempts + " deliveries: " + shortReason);
    }
}
