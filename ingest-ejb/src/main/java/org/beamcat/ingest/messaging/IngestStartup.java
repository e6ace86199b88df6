package org.beamcat.ingest.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import java.util.logging.Logger;
import org.beamcat.ingest.config.IngestSettings;
import org.beamcat.ingest.metrics.IngestMetrics;

/**
 * Declares the ingestion queues (no asadmin step needed) and validates the module's settings while the
 * EAR deploys, so a bad setting fails the deployment with a message naming the key; registers the
 * ingestion metrics.
 */
@Startup
@Singleton
@JMSDestinationDefinition(
        name = IngestQueues.INGEST_JNDI,
        interfaceName = "jakarta.jms.Queue",
        destinationName = IngestQueues.INGEST,
        description = "Dataset and investigation messages from beamlines")
@JMSDestinationDefinition(
        name = IngestQueues.UPDATE_DATASET_METADATA_JNDI,
        interfaceName = "jakarta.jms.Queue",
        destinationName = IngestQueues.UPDATE_DATASET_METADATA,
        description = "JSON: set one parameter on existing datasets")
@JMSDestinationDefinition(
        name = IngestQueues.DATA_FILES_JNDI,
        interfaceName = "jakarta.jms.Queue",
        destinationName = IngestQueues.DATA_FILES,
        description = "JSON: re-scan a registered dataset's folder and register missing files")
@JMSDestinationDefinition(
        name = IngestQueues.DEAD_LETTER_JNDI,
        interfaceName = "jakarta.jms.Queue",
        destinationName = IngestQueues.DEAD_LETTER,
        description = "Ingestion messages that could not be registered, with the reason")
public class IngestStartup {

    private static final Logger LOG = Logger.getLogger(IngestStartup.class.getName());

    @Inject
    IngestSettings settings;

    @Inject
    IngestMetrics metrics;

    @PostConstruct
    void validateSettings() {
        LOG.info("ingest-ejb settings: " + settings);
        metrics.registerAll(IngestQueues.CONSUMED);
    }
}
