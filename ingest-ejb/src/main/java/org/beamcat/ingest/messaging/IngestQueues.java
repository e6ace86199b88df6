package org.beamcat.ingest.messaging;

/** JNDI and physical names of the ingestion queues, declared in code on {@link IngestStartup}. */
public final class IngestQueues {

    /** Physical name that beamline producers (JMS, STOMP) send dataset messages to. */
    public static final String INGEST = "icatIngest";
    public static final String INGEST_JNDI = "java:global/jms/icatIngest";

    /**
     * Messages that could not be registered: the original body, with the reason and the attempts as
     * properties ({@link DeadLetters}). Operators list them at {@code GET /ingest/dead-letters}.
     */
    public static final String DEAD_LETTER = "icatIngestDeadLetter";
    public static final String DEAD_LETTER_JNDI = "java:global/jms/icatIngestDeadLetter";

    private IngestQueues() {
    }
}
