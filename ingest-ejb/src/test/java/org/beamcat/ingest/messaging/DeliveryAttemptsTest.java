package org.beamcat.ingest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeliveryAttemptsTest {

    @Test
    void givesUpOnTheLastAttemptCountingRedeliveriesTheBrokerDidNotCount() {
        DeliveryAttempts attempts = new DeliveryAttempts(3);
        int first = attempts.thisAttempt("ID:1", 1);
        assertEquals(1, first);
        assertFalse(attempts.failedAndExhausted("ID:1", first));
        int second = attempts.thisAttempt("ID:1", 1); // broker count not raised
        assertEquals(2, second);
        assertFalse(attempts.failedAndExhausted("ID:1", second));
        int third = attempts.thisAttempt("ID:1", 2);
        assertEquals(3, third);
        assertTrue(attempts.failedAndExhausted("ID:1", third));
        assertEquals(1, attempts.thisAttempt("ID:1", 1), "forgotten once dead-lettered");
    }

    @Test
    void brokerCountWinsWhenLarger() {
        DeliveryAttempts attempts = new DeliveryAttempts(5);
        assertEquals(5, attempts.thisAttempt("ID:2", 5));
        assertTrue(attempts.failedAndExhausted("ID:2", 5));
    }

    @Test
    void aDeliveryPastTheLastIsBeyondTheLimitEvenWithoutFailuresSeenHere() {
        DeliveryAttempts attempts = new DeliveryAttempts(5);
        int fifth = attempts.thisAttempt("ID:3", 5); // four deliveries rolled back after onMessage returned
        assertFalse(attempts.beyondLastAttempt(fifth), "the last allowed delivery still does the work");
        int sixth = attempts.thisAttempt("ID:3", 6);
        assertTrue(attempts.beyondLastAttempt(sixth));
    }
}
