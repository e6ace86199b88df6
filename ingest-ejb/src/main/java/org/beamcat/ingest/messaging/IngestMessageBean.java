package org.beamcat.ingest.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.registration.RegistrationRejected;
import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.IngestMessage;
import org.beamcat.messages.InvalidMessageException;
import org.beamcat.messages.InvestigationMessage;

/**
 * Consumes {@value IngestQueues#INGEST} in a container-managed transaction and hands each dataset
 * message to {@link org.beamcat.ingest.registration.DatasetRegistration}. All the work happens inside
 * {@code onMessage}, so every failure comes out of it (platform notes §1 problem 3: a failure at commit
 * time would otherwise redeliver forever).
 *
 * <ul>
 * <li>Invalid messages and rejected registrations go straight to the dead-letter queue (no retry): in the
 * same transaction, so the message is consumed exactly when its dead letter is sent.</li>
 * <li>Failures that may pass (catalogue unreachable, file system) are rethrown: the transaction rolls
 * back and the broker redelivers. On the {@code beamcat.ingest.max-attempts}-th delivery the message is
 * dead-lettered with the last failure as its reason.</li>
 * <li>Backstop: should something fail outside this logic, the resource adapter stops after
 * {@code endpointExceptionRedeliveryAttempts} and moves the message to OpenMQ's own {@code mq.sys.dmq}.</li>
 * </ul>
 */
@MessageDriven(activationConfig = {
    // The physical name, not destinationLookup: on a fresh domain the java:global name of the
    // @JMSDestinationDefinition may not be bound yet when the MDB activates, which fails the deployment.
    @ActivationConfigProperty(propertyName = "destination", propertyValue = IngestQueues.INGEST),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "20"),
    @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryInterval", propertyValue = "1000"),
    @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class IngestMessageBean implements MessageListener {

    private static final Logger LOG = Logger.getLogger(IngestMessageBean.class.getName());

    @Inject
    IngestService service;

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        String id = messageId(message);
        int attempt = service.attempts().thisAttempt(id, deliveryCount(message));
        String body;
        try {
            body = body(message);
        } catch (JMSException | InvalidMessageException e) {
            deadLetters.send("", "unreadable message: " + e.getMessage(), id, attempt);
            return;
        }
        IngestMessage parsed;
        try {
            parsed = service.xml().read(body);
        } catch (InvalidMessageException e) {
            deadLetters.send(body, "invalid message: " + e.getMessage(), id, attempt);
            return;
        }
        if (parsed instanceof InvestigationMessage) {
            deadLetters.send(body, "investigation messages are not handled yet", id, attempt);
            return;
        }
        try {
            service.registration().register((DatasetMessage) parsed);
            service.attempts().forget(id);
        } catch (RegistrationRejected e) {
            service.attempts().forget(id);
            deadLetters.send(body, "rejected: " + e.getMessage(), id, attempt);
        } catch (IcatException | IOException | RuntimeException e) {
            if (service.attempts().failedAndExhausted(id, attempt)) {
                deadLetters.send(body, "failed " + attempt + " times, last: " + e, id, attempt);
                return;
            }
            LOG.log(Level.WARNING, "delivery " + attempt + " of message " + id + " failed; it will be redelivered", e);
            throw new EJBException("registration failed, redelivery " + attempt + " of "
                    + service.attempts().maxAttempts() + ": " + e, e);
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
            byte[] content = new byte[(int) Math.min(bytes.getBodyLength(), 16L * 1024 * 1024)];
            bytes.readBytes(content);
            return new String(content, StandardCharsets.UTF_8);
        }
        throw new InvalidMessageException("message", "expected a text (or bytes) message with the XML, got "
                + message.getClass().getSimpleName());
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return null;
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
