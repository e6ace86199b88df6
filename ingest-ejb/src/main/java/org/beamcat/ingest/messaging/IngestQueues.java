package org.beamcat.ingest.messaging;

/** JNDI and physical names of the ingestion queues, declared in code on {@link IngestStartup}. */
public final class IngestQueues {

    /** Physical name that beamline producers (JMS, STOMP) send dataset messages to. */
    public static final String INGEST = "icatIngest";
    public static final String INGEST_JNDI = "java:global/jms/icatIngest";

    private IngestQueues() {
    }
}
