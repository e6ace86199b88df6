package org.beamcat.messages;

/**
 * The dead-letter message format ingestion writes (ingest-ejb's {@code DeadLetters}) and {@code /ingest}'s
 * dead-letter listing reads (ingest-web's {@code ParkedMessages}): a text message on queue {@link #QUEUE}
 * whose body is the original message unchanged (so it can be re-submitted as it is), with these properties.
 */
public final class DeadLetterFormat {

    /** Physical name of the dead-letter queue. */
    public static final String QUEUE = "icatIngestDeadLetter";

    /** String: why the message could not be registered (at most a few thousand characters). */
    public static final String REASON = "beamcatReason";
    /** String: the queue the message came from, where a re-submission sends it back. */
    public static final String SOURCE_QUEUE = "beamcatSourceQueue";
    /** String: the JMS message id of the message as first sent ("" when unknown); waiting copies carry it too. */
    public static final String ORIGINAL_ID = "beamcatOriginalMessageId";
    /** int: deliveries made before the message was dead-lettered. */
    public static final String ATTEMPTS = "beamcatAttempts";
    /** String: ISO-8601 date-time of the dead-lettering. */
    public static final String DEAD_LETTERED_AT = "beamcatDeadLetteredAt";

    private DeadLetterFormat() {
    }
}
