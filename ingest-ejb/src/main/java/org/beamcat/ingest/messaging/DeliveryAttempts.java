package org.beamcat.ingest.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the deliveries of a message that failed for a reason that may pass (catalogue unreachable, file
 * system error), and says when to give up. The broker's {@code JMSXDeliveryCount} is used when it is
 * larger; the count kept here covers redeliveries the resource adapter makes without raising it. Bounded,
 * so a stream of failing messages cannot grow it without limit. Thread-safe.
 */
public final class DeliveryAttempts {

    private static final int REMEMBERED = 10_000;

    private final int maxAttempts;
    private final Map<String, Integer> failures = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };

    public DeliveryAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** The number of this delivery (1 for the first), from the broker's count and the failures seen here. */
    public synchronized int thisAttempt(String messageId, int brokerDeliveryCount) {
        int seen = messageId == null ? 0 : failures.getOrDefault(messageId, 0);
        return Math.max(brokerDeliveryCount, seen + 1);
    }

    /** Records a retryable failure; true when the message has had its last attempt and must be dead-lettered. */
    public synchronized boolean failedAndExhausted(String messageId, int attempt) {
        if (attempt >= maxAttempts) {
            forget(messageId);
            return true;
        }
        if (messageId != null) {
            failures.put(messageId, attempt);
        }
        return false;
    }

    /**
     * True when the broker has delivered the message more often than allowed although no delivery failed
     * here: the earlier deliveries returned from {@code onMessage} and were rolled back after it (the
     * transaction timed out), which no catch in the listener sees.
     */
    public boolean beyondLastAttempt(int attempt) {
        return attempt > maxAttempts;
    }

    public synchronized void forget(String messageId) {
        if (messageId != null) {
            failures.remove(messageId);
        }
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
