package org.beamcat.ingest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.registration.InputsNotRegistered;
import org.beamcat.ingest.registration.RegistrationRejected;
import org.beamcat.messages.InvalidMessageException;
import org.junit.jupiter.api.Test;

/** The delivery policy against recording outlets: what is dead-lettered, retried, made to wait, counted. */
class DeliveryPolicyTest {

    private static final String QUEUE = "icatIngest";

    /** Records every outcome, in order. */
    private static final class Recorded implements DeliveryPolicy.Outlets {
        final List<String> events = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

        @Override
        public void received(String queue) {
            events.add("received");
        }

        @Override
        public void registered(String queue, int datafiles, Duration took) {
            events.add("registered " + datafiles);
        }

        @Override
        public void rejected(String queue) {
            events.add("rejected");
        }

        @Override
        public void deadLetter(String queue, String body, String reason, String originalId, int attempt) {
            events.add("dead letter " + originalId + " attempt " + attempt + " body " + body);
            reasons.add(reason);
        }

        @Override
        public void waitForInputs(String queue, String body, String reason, String originalId) {
            events.add("wait " + originalId);
            reasons.add(reason);
        }
    }

    private final DeliveryAttempts attempts = new DeliveryAttempts(3);
    private final Recorded outlets = new Recorded();
    private final DeliveryPolicy policy = new DeliveryPolicy(attempts, outlets);

    private static DeliveryPolicy.Delivery delivery(String id, int brokerCount) {
        return new DeliveryPolicy.Delivery(QUEUE, id, "orig-" + id, brokerCount, Optional.of("<dataset/>"), null);
    }

    @Test
    void aRegisteredMessageIsCounted() {
        policy.deliver(delivery("m1", 1), body -> 7);
        assertEquals(List.of("received", "registered 7"), outlets.events);
    }

    @Test
    void unreadableInvalidAndRejectedMessagesAreDeadLetteredAtOnce() {
        policy.deliver(new DeliveryPolicy.Delivery(QUEUE, "m1", "m1", 1, Optional.empty(), "no body"), body -> 1);
        policy.deliver(delivery("m2", 1), body -> {
            throw new InvalidMessageException("dataset/location", "missing");
        });
        policy.deliver(delivery("m3", 1), body -> {
            throw new RegistrationRejected("unknown proposal MA-1");
        });
        assertEquals(List.of("received", "rejected", "dead letter m1 attempt 1 body ",
                "received", "rejected", "dead letter orig-m2 attempt 1 body <dataset/>",
                "received", "rejected", "dead letter orig-m3 attempt 1 body <dataset/>"), outlets.events);
        assertEquals("unreadable message: no body", outlets.reasons.get(0));
        assertTrue(outlets.reasons.get(1).startsWith("invalid message: "), outlets.reasons.get(1));
        assertEquals("rejected: unknown proposal MA-1", outlets.reasons.get(2));
    }

    @Test
    void missingInputsMakeTheMessageWait() {
        policy.deliver(delivery("m1", 1), body -> {
            throw new InputsNotRegistered(List.of("/data/raw/s1"));
        });
        assertEquals(List.of("received", "wait orig-m1"), outlets.events);
    }

    @Test
    void retryableFailuresAskForRedeliveryUntilTheLastAttemptThenDeadLetter() {
        MessageHandler down = body -> {
            throw new IcatException(IcatErrorType.INTERNAL, "catalogue down", -1);
        };
        assertThrows(DeliveryPolicy.RedeliveryNeeded.class, () -> policy.deliver(delivery("m1", 1), down));
        // the resource adapter redelivers without raising JMSXDeliveryCount: the policy's own count goes on
        assertThrows(DeliveryPolicy.RedeliveryNeeded.class, () -> policy.deliver(delivery("m1", 1), down));
        policy.deliver(delivery("m1", 1), down);
        assertEquals("dead letter orig-m1 attempt 3 body <dataset/>", outlets.events.get(outlets.events.size() - 1));
        assertTrue(outlets.reasons.get(0).startsWith("failed 3 times, last: "), outlets.reasons.get(0));
        assertTrue(outlets.reasons.get(0).contains("catalogue down"));
    }

    @Test
    void fileSystemAndUnexpectedFailuresAreRetriedToo() {
        assertThrows(DeliveryPolicy.RedeliveryNeeded.class, () -> policy.deliver(delivery("m1", 1), body -> {
            throw new IOException("disk");
        }));
        assertThrows(DeliveryPolicy.RedeliveryNeeded.class, () -> policy.deliver(delivery("m2", 1), body -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of("received", "received"), outlets.events, "no dead letter, no count yet");
    }

    @Test
    void aSuccessAfterAFailureStartsTheCountAfresh() {
        assertThrows(DeliveryPolicy.RedeliveryNeeded.class, () -> policy.deliver(delivery("m1", 1), body -> {
            throw new IOException("disk");
        }));
        policy.deliver(delivery("m1", 2), body -> 1);
        assertEquals(1, attempts.thisAttempt("m1", 1), "forgotten after success");
    }

    @Test
    void aMessageDeliveredTooOftenWithoutAFailureHereIsDeadLetteredBeforeAnyWork() {
        List<String> handled = new ArrayList<>();
        policy.deliver(delivery("m1", 4), body -> {
            handled.add(body);
            return 1;
        });
        assertEquals(List.of(), handled, "no work for a message rolled back after onMessage too often");
        assertEquals(List.of("received", "dead letter orig-m1 attempt 4 body <dataset/>"), outlets.events);
        assertTrue(outlets.reasons.get(0).contains("transaction timeout"), outlets.reasons.get(0));
    }
}
