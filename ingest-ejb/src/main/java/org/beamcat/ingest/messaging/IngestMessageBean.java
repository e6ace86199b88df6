package org.beamcat.ingest.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.IngestMessage;
import org.beamcat.messages.InvestigationMessage;

/**
 * Consumes {@value IngestQueues#INGEST} in a container-managed transaction: dataset messages go to
 * {@link org.beamcat.ingest.registration.DatasetRegistration}, investigation messages to
 * {@link org.beamcat.ingest.registration.InvestigationSync}; {@link QueueConsumer} applies the delivery
 * policy. Backstop: should something fail outside that policy, the resource adapter stops after
 * {@code endpointExceptionRedeliveryAttempts} and moves the message to OpenMQ's own {@code mq.sys.dmq}.
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

    @Inject
    IngestService service;

    @Inject
    QueueConsumer consumer;

    @Override
    public void onMessage(Message message) {
        consumer.consume(IngestQueues.INGEST, message, body -> {
            IngestMessage parsed = service.xml().read(body);
            if (parsed instanceof InvestigationMessage investigation) {
                service.investigations().sync(investigation);
                return 0;
            }
            return service.registration().register((DatasetMessage) parsed).filesAdded();
        });
    }
}
