package org.beamcat.ingest.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes {@value IngestQueues#DATA_FILES} (JSON: re-scan a registered dataset's folder) with the same
 * delivery policy as {@link IngestMessageBean}.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destination", propertyValue = IngestQueues.DATA_FILES),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "20"),
    @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryInterval", propertyValue = "1000"),
    @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DataFilesBean implements MessageListener {

    @Inject
    IngestService service;

    @Inject
    QueueConsumer consumer;

    @Override
    public void onMessage(Message message) {
        consumer.consume(IngestQueues.DATA_FILES, message,
                body -> service.rescan().rescan(service.dataFilesJson().read(body)).filesAdded());
    }
}
