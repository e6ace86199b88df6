package org.beamcat.ingest.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes {@value IngestQueues#UPDATE_DATASET_METADATA} (JSON: one parameter to set on existing datasets)
 * with the same delivery policy as {@link IngestMessageBean}.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destination", propertyValue = IngestQueues.UPDATE_DATASET_METADATA),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "20"),
    @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryInterval", propertyValue = "1000"),
    @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class UpdateDatasetMetadataBean implements MessageListener {

    @Inject
    IngestService service;

    @Inject
    QueueConsumer consumer;

    @Override
    public void onMessage(Message message) {
        consumer.consume(IngestQueues.UPDATE_DATASET_METADATA, message, body -> {
            service.metadataUpdate().apply(service.updateJson().read(body));
            return 0;
        });
    }
}
