package org.beamcat.ingest.messaging;

import java.util.List;
import org.beamcat.messages.DeadLetterFormat;
import org.beamcat.messages.QueueNames;

/** JNDI and physical names of the ingestion queues, declared in code on {@link IngestStartup}. */
public final class IngestQueues {

    /** Physical name that beamline producers (JMS, STOMP) send dataset messages to. */
    public static final String INGEST = QueueNames.INGEST;
    public static final String INGEST_JNDI = "java:global/jms/icatIngest";

    /** JSON: set one parameter on existing datasets. */
    public static final String UPDATE_DATASET_METADATA = QueueNames.UPDATE_DATASET_METADATA;
    public static final String UPDATE_DATASET_METADATA_JNDI = "java:global/jms/icatUpdateDatasetMetadata";

    /** JSON: re-scan a registered dataset's folder. */
    public static final String DATA_FILES = QueueNames.DATA_FILES;
    public static final String DATA_FILES_JNDI = "java:global/jms/icatDataFiles";

    /**
     * Messages that could not be registered: the original body, with the reason, the queue it came from
     * and the attempts as properties ({@link DeadLetters}). Operators list them at
     * {@code GET /ingest/dead-letters} and re-submit them to the queue they came from.
     */
    public static final String DEAD_LETTER = DeadLetterFormat.QUEUE;
    public static final String DEAD_LETTER_JNDI = "java:global/jms/icatIngestDeadLetter";

    /** The queues whose messages may be dead-lettered, hence re-submitted. */
    public static final List<String> CONSUMED = List.of(INGEST, UPDATE_DATASET_METADATA, DATA_FILES);

    private IngestQueues() {
    }
}
