package org.beamcat.tango.adapter.openmq;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.beamcat.tango.usecase.BrokerUnavailableException;
import org.beamcat.tango.usecase.DatasetMessageSender;

/**
 * Sends dataset messages to an OpenMQ broker (Payara's embedded one, or a standalone imqbrokerd) as
 * persistent JMS text messages.
 *
 * <p>One connection per message: datasets end seconds apart at most, a fresh connection costs a few
 * hundred milliseconds, and there is then no stale connection to detect or repair after a broker restart.
 * A persistent send returns only when the broker has stored the message.
 */
public final class OpenMqDatasetMessageSender implements DatasetMessageSender {

    private final ConnectionFactory factory;
    private final String address;
    private final String queueName;
    private final String user;
    private final String password;

    public OpenMqDatasetMessageSender(String address, String queueName, String user, String password) {
        this.factory = OpenMqConnectionFactories.create(address);
        this.address = address;
        this.queueName = queueName;
        this.user = user;
        this.password = password;
    }

    @Override
    public void send(String xmlBody) throws BrokerUnavailableException {
        try (JMSContext context = factory.createContext(user, password, JMSContext.AUTO_ACKNOWLEDGE)) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(context.createQueue(queueName), xmlBody);
        } catch (JMSRuntimeException e) {
            throw new BrokerUnavailableException(describe(e), e);
        }
    }

    @Override
    public void probe() throws BrokerUnavailableException {
        try (JMSContext context = factory.createContext(user, password, JMSContext.AUTO_ACKNOWLEDGE)) {
            context.createQueue(queueName);
        } catch (JMSRuntimeException e) {
            throw new BrokerUnavailableException(describe(e), e);
        }
    }

    @Override
    public String destination() {
        return "queue " + queueName + " on " + address;
    }

    private String describe(JMSRuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot reach " + address + ": " + message.strip();
    }
}
