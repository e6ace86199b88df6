package org.beamcat.ingest.web;

import org.beamcat.messages.DeadLetterFormat;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.beamcat.messages.QueueNames;

/**
 * Where ingestion's undeliverable messages are parked, as the operators see them: BeamCat's own dead-letter
 * queue, whose letters carry the reason ingestion wrote, and OpenMQ's dead message queue {@value #BROKER_DMQ},
 * where the broker parks a message when even its dead letter could not be written (a full or limited
 * dead-letter queue), with the broker's reason. Only messages of ingestion's queues are shown from the latter.
 */
final class ParkedMessages {

    /** Physical name of the dead-letter queue that ingest-ejb declares and fills. */
    static final String DEAD_LETTER = DeadLetterFormat.QUEUE;
    /** OpenMQ's own dead message queue. */
    static final String BROKER_DMQ = "mq.sys.dmq";
    static final Set<String> SOURCES = Set.of(QueueNames.INGEST, QueueNames.UPDATE_DATASET_METADATA,
            QueueNames.DATA_FILES);

    /** The queue a message was parked in, and who parked it there. */
    enum Shelf {
        BEAMCAT(DEAD_LETTER), BROKER(BROKER_DMQ);

        final String queue;

        Shelf(String queue) {
            this.queue = queue;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A parked message sent back to its source queue under a new message id. */
    record Resubmitted(String messageId, String queue) {
    }

    private final JMSContext context;

    ParkedMessages(JMSContext context) {
        this.context = context;
    }

    /** Every parked message of ingestion, BeamCat's dead letters first; nothing is consumed. */
    List<JsonObject> all() throws JMSException {
        List<JsonObject> parked = new ArrayList<>();
        for (Shelf shelf : Shelf.values()) {
            parked.addAll(browse(shelf, null));
        }
        return parked;
    }

    /** The parked message with this id (a JMS message id checked by the caller), if any. */
    Optional<JsonObject> one(String messageId) throws JMSException {
        for (Shelf shelf : Shelf.values()) {
            List<JsonObject> found = browse(shelf, selector(messageId));
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Takes the parked message off its shelf and sends its body, unchanged, to the queue it came from, in the
     * caller's transaction: both happen or neither. Only a message the operators' view lists is taken: the
     * broker's queue also holds other applications' messages, which are not ingestion's to resend.
     */
    Optional<Resubmitted> resubmit(String messageId) throws JMSException {
        for (Shelf shelf : Shelf.values()) {
            if (browse(shelf, selector(messageId)).isEmpty()) {
                continue;
            }
            try (JMSConsumer consumer = context.createConsumer(context.createQueue(shelf.queue), selector(messageId))) {
                Message message = consumer.receive(2000);
                if (message == null) {
                    continue;
                }
                String queue = sourceQueue(shelf, message);
                TextMessage again = context.createTextMessage(body(message));
                context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(context.createQueue(queue),
                        again);
                return Optional.of(new Resubmitted(again.getJMSMessageID(), queue));
            }
        }
        return Optional.empty();
    }

    /** The shelf's messages that are ingestion's (all of BeamCat's; the broker's from ingestion's queues). */
    private List<JsonObject> browse(Shelf shelf, String selector) throws JMSException {
        List<JsonObject> found = new ArrayList<>();
        try (QueueBrowser browser = context.createBrowser(context.createQueue(shelf.queue), selector)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                Message message = (Message) messages.nextElement();
                if (shelf == Shelf.BEAMCAT || SOURCES.contains(destinationName(message))) {
                    found.add(describe(shelf, message));
                }
            }
        }
        return found;
    }

    private static String selector(String messageId) {
        return "JMSMessageID = '" + messageId + "'";
    }

    /**
     * The queue a parked message goes back to: for a dead letter, the source it names; for a message the broker
     * parked, its original destination. Anything else (letters written before the property existed) goes back
     * to the ingestion queue.
     */
    static String sourceQueue(Shelf shelf, Message message) throws JMSException {
        String source = shelf == Shelf.BEAMCAT ? message.getStringProperty(DeadLetterFormat.SOURCE_QUEUE)
                : destinationName(message);
        return SOURCES.contains(source) ? source : QueueNames.INGEST;
    }

    private static String destinationName(Message message) throws JMSException {
        Destination destination = message.getJMSDestination();
        return destination instanceof Queue queue ? queue.getQueueName() : "";
    }

    private static String body(Message message) throws JMSException {
        return message instanceof TextMessage text && text.getText() != null ? text.getText() : "";
    }

    private static JsonObject describe(Shelf shelf, Message message) throws JMSException {
        JsonObjectBuilder letter = Json.createObjectBuilder().add("id", message.getJMSMessageID())
                .add("parkedBy", shelf.label());
        if (shelf == Shelf.BEAMCAT) {
            letter.add("reason", text(message, DeadLetterFormat.REASON))
                    .add("sourceQueue", text(message, DeadLetterFormat.SOURCE_QUEUE))
                    .add("originalMessageId", text(message, DeadLetterFormat.ORIGINAL_ID))
                    .add("deadLetteredAt", text(message, DeadLetterFormat.DEAD_LETTERED_AT))
                    .add("attempts", message.propertyExists(DeadLetterFormat.ATTEMPTS)
                            ? message.getIntProperty(DeadLetterFormat.ATTEMPTS) : 0);
        } else {
            // OpenMQ keeps the original headers and says why in JMS_SUN_DMQ_* properties
            String reason = ("broker: " + text(message, "JMS_SUN_DMQ_UNDELIVERED_REASON") + " "
                    + text(message, "JMS_SUN_DMQ_UNDELIVERED_COMMENT")).strip();
            Object parkedAt = message.getObjectProperty("JMS_SUN_DMQ_UNDELIVERED_TIMESTAMP");
            String when = parkedAt instanceof Long millis ? Instant.ofEpochMilli(millis).toString() : "";
            letter.add("reason", reason)
                    .add("sourceQueue", destinationName(message))
                    .add("originalMessageId", message.getJMSMessageID())
                    .add("deadLetteredAt", when)
                    .add("attempts", message.propertyExists("JMSXDeliveryCount")
                            ? message.getIntProperty("JMSXDeliveryCount") : 0);
        }
        return letter.add("body", body(message)).build();
    }

    private static String text(Message message, String property) throws JMSException {
        Object value = message.getObjectProperty(property);
        return value == null ? "" : value.toString();
    }
}
