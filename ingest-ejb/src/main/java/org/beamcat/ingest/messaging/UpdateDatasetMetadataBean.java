package org.beamcat.ingest.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.beamcat.ingest.metrics.IngestMetrics;
import org.beamcat.ingest.registration.DatasetMetadataUpdate;

/**
 * Consumes {@value IngestQueues#UPDATE_DATASET_METADATA} (JSON: one parameter to set on existing datasets)
 * with the same delivery policy as {@link IngestMessageBean}; counts the master files it could not rewrite.
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

    @Inject
    IngestMetrics metrics;

    @Override
    public void onMessage(Message message) {
        consumer.consume(IngestQueues.UPDATE_DATASET_METADATA, message, body -> {
            DatasetMetadataUpdate.Updated updated = service.metadataUpdate().apply(service.updateJson().read(body));
            // the catalogue change stands; a master file left behind is counted (and logged with its reason)
            metrics.masterFilesNotWritten(updated.masterFilesNotWritten());
            return 0;
        });
    }
}
