package org.beamcat.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.metrics.IngestMetrics;
import org.beamcat.ingest.registration.InputsNotRegistered;
import org.beamcat.ingest.registration.RegistrationRejected;
import org.beamcat.messages.InvalidMessageException;

/**
 * The delivery policy every ingestion MDB shares, run inside the MDB's transaction so that every failure
 * comes out of {@code onMessage} (platform notes §1 problem 3: a failure at commit time would otherwise
 * redeliver forever).
 *
 * <ul>
 * <li>Unreadable and invalid messages and rejected ones go straight to the dead-letter queue (no retry),
 * in the same transaction: the message is consumed exactly when its dead letter is sent.</li>
 * <li>Processed data whose raw inputs are not registered waits ({@link InputWait}).</li>
 * <li>Failures that may pass (catalogue unreachable, file system) are rethrown: the transaction rolls
 * back and the broker redelivers. On the {@code beamcat.ingest.max-attempts}-th delivery the message is
 * dead-lettered with the last failure as its reason.</li>
 * <li>A message the broker delivers more often than that although nothing failed here was rolled back
 * after {@code onMessage} returned (its transaction timed out): it is dead-lettered before any work.</li>
 * </ul>
 */
@ApplicationScoped
public class QueueConsumer {

    private static final Logger LOG = Logger.getLogger(QueueConsumer.class.getName());
    private static final long MAX_BYTES_BODY = 16L * 1024 * 1024;

    @Inject
    IngestService service;

    @Inject
    DeadLetters deadLetters;

    @Inject
    InputWait inputWait;

    @Inject
    IngestMetrics metrics;

    public void consume(String queue, Message message, MessageHandler handler) {
        metrics.received(queue);
        String id = messageId(message);
        String originalId = originalId(message, id);
        DeliveryAttempts attempts = service.attempts();
        int attempt = attempts.thisAttempt(id, deliveryCount(message));
        String body;
        try {
            body = body(message);
        } catch (JMSException | InvalidMessageException e) {
            metrics.rejected(queue);
            deadLetters.send(queue, "", "unreadable message: " + e.getMessage(), originalId, attempt);
            return;
        }
        if (attempts.beyondLastAttempt(attempt)) {
            attempts.forget(id);
            deadLetters.send(queue, body, "delivered " + attempt + " times, more than the " + attempts.maxAttempts()
                    + " allowed, and no delivery failed in onMessage: each was rolled back after it (transaction"
                    + " timeout)", originalId, attempt);
            return;
        }
        long started = System.nanoTime();
        try {
            int datafiles = handler.handle(body);
            attempts.forget(id);
            metrics.registered(queue);
            metrics.datafiles(datafiles, Duration.ofNanos(System.nanoTime() - started));
        } catch (InvalidMessageException e) {
            attempts.forget(id);
            metrics.rejected(queue);
            deadLetters.send(queue, body, "invalid message: " + e.getMessage(), originalId, attempt);
        } catch (RegistrationRejected e) {
            attempts.forget(id);
            metrics.rejected(queue);
            deadLetters.send(queue, body, "rejected: " + e.getMessage(), originalId, attempt);
        } catch (InputsNotRegistered e) {
            attempts.forget(id);
            inputWait.waitOrGiveUp(queue, message, body, e.getMessage(), originalId);
        } catch (IcatException | IOException | RuntimeException e) {
            if (attempts.failedAndExhausted(id, attempt)) {
                deadLetters.send(queue, body, "failed " + attempt + " times, last: " + e, originalId, attempt);
                return;
            }
            LOG.log(Level.WARNING, "delivery " + attempt + " of message " + id + " on " + queue
                    + " failed; it will be redelivered", e);
            throw new EJBException("handling failed, redelivery " + attempt + " of " + attempts.maxAttempts()
                    + ": " + e, e);
        }
    }

    private static String body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            String body = text.getText();
            if (body == null) {
                throw new InvalidMessageException("message", "the text message has no body");
            }
            return body;
        }
        if (message instanceof BytesMessage bytes) {
            // STOMP producers may send bytes messages
            byte[] content = new byte[(int) Math.min(bytes.getBodyLength(), MAX_BYTES_BODY)];
            bytes.readBytes(content);
            return new String(content, StandardCharsets.UTF_8);
        }
        throw new InvalidMessageException("message", "expected a text (or bytes) message, got "
                + message.getClass().getSimpleName());
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return null;
        }
    }

    /** The id of the message as first sent: a waiting copy carries it in a property. */
    private static String originalId(Message message, String id) {
        try {
            String original = message.getStringProperty(DeadLetters.ORIGINAL_ID);
            return original == null || original.isEmpty() ? id : original;
        } catch (JMSException e) {
            return id;
        }
    }

    private static int deliveryCount(Message message) {
        try {
            if (message.propertyExists("JMSXDeliveryCount")) {
                return message.getIntProperty("JMSXDeliveryCount");
            }
            return message.getJMSRedelivered() ? 2 : 1;
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }
}
