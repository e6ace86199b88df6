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
        context = ((ConnectionFactory) factory).createContext("guest", "guest");
        queue = context.createQueue(QueueNames.INGEST);
        producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    public void send(String text) {
        producer.send(queue, context.createTextMessage(text));
    }

    @Override
    public void close() {
        context.close();
    }
}
