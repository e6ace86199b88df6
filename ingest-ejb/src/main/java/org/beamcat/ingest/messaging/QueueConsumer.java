package org.beamcat.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.beamcat.ingest.metrics.IngestMetrics;
import org.beamcat.messages.InvalidMessageException;

/**
 * The JMS edge of the delivery policy ({@link DeliveryPolicy}) every ingestion MDB shares, run inside the
 * MDB's transaction so that every failure comes out of {@code onMessage} (platform notes §1 problem 3: a
 * failure at commit time would otherwise redeliver forever): reads the body and the delivery count, sends
 * dead letters in the same transaction (the message is consumed exactly when its dead letter is sent), and
 * turns a needed redelivery into an {@link EJBException} (the transaction rolls back, the broker redelivers).
 */
@ApplicationScoped
public class QueueConsumer {

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
        String id = messageId(message);
        Optional<String> body;
        String unreadable = null;
        try {
            body = Optional.of(body(message));
        } catch (JMSException | InvalidMessageException e) {
            body = Optional.empty();
            unreadable = e.getMessage();
        }
        DeliveryPolicy.Delivery delivery = new DeliveryPolicy.Delivery(queue, id, originalId(message, id),
                deliveryCount(message), body, unreadable);
        try {
            new DeliveryPolicy(service.attempts(), outlets(message)).deliver(delivery, handler);
        } catch (DeliveryPolicy.RedeliveryNeeded e) {
            throw new EJBException(e.getMessage(), e.getCause() instanceof Exception cause ? cause : e);
        }
    }

    private DeliveryPolicy.Outlets outlets(Message message) {
        return new DeliveryPolicy.Outlets() {
            @Override
            public void received(String queue) {
                metrics.received(queue);
            }

            @Override
            public void registered(String queue, int datafiles, Duration took) {
                metrics.registered(queue);
                metrics.datafiles(datafiles, took);
            }

            @Override
            public void rejected(String queue) {
                metrics.rejected(queue);
            }

            @Override
            public void deadLetter(String queue, String body, String reason, String originalId, int attempt) {
                deadLetters.send(queue, body, reason, originalId, attempt);
            }

            @Override
            public void waitForInputs(String queue, String body, String reason, String originalId) {
                inputWait.waitOrGiveUp(queue, message, body, reason, originalId);
            }
        };
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
