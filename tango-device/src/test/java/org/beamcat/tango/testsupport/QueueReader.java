package org.beamcat.tango.testsupport;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.tango.adapter.openmq.OpenMqConnectionFactories;

/** A plain JMS consumer, standing in for ingest-ejb: takes everything currently on a queue. */
public final class QueueReader {

    /** What a test checks of a received message. */
    public record Received(String body, int deliveryMode) {
    }

    private QueueReader() {
    }

    /** Receives until the queue stays empty for {@code quietMillis}. */
    public static List<Received> drain(String address, String queue, long quietMillis) throws JMSException {
        ConnectionFactory factory = OpenMqConnectionFactories.create(address);
        List<Received> received = new ArrayList<>();
        try (JMSContext context = factory.createContext("guest", "guest", JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
            Message message;
            while ((message = consumer.receive(quietMillis)) != null) {
                received.add(new Received(((TextMessage) message).getText(), message.getJMSDeliveryMode()));
            }
        }
        return received;
    }
}
