package org.beamcat.bench;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import org.beamcat.messages.QueueNames;

/**
 * Sends persistent text messages to the domain's icatIngest queue, as the Tango device does. The OpenMQ
 * factory comes from Payara's imq.jar on the class path (run.sh puts it there), so it is created by name.
 * It logs in with the broker's producer account, {@code BEAMCAT_JMS_PRODUCER_USER} / {@code
 * BEAMCAT_JMS_PRODUCER_PASSWORD} (set by run.sh, as configured on the bench domain).
 */
public final class JmsSender implements AutoCloseable {

    private final JMSContext context;
    private final JMSProducer producer;
    private final Queue queue;

    public JmsSender(int brokerPort) throws ReflectiveOperationException {
        Class<?> factoryClass = Class.forName("com.sun.messaging.ConnectionFactory");
        Object factory = factoryClass.getConstructor().newInstance();
        factoryClass.getMethod("setProperty", String.class, String.class)
                .invoke(factory, "imqAddressList", "mq://localhost:" + brokerPort + "/jms");
        context = ((ConnectionFactory) factory).createContext(environment("BEAMCAT_JMS_PRODUCER_USER"),
                environment("BEAMCAT_JMS_PRODUCER_PASSWORD"));
        queue = context.createQueue(QueueNames.INGEST);
        producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the broker's producer account (bench/run.sh sets it)");
        }
        return value;
    }

    public void send(String text) {
        producer.send(queue, context.createTextMessage(text));
    }

    @Override
    public void close() {
        context.close();
    }
}
