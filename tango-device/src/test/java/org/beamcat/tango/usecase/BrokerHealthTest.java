package org.beamcat.tango.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokerHealthTest {

    @Test
    void backoffDoublesUpToItsMaximum() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(350));
        assertEquals(Duration.ofMillis(100), backoff.delay(0));
        assertEquals(Duration.ofMillis(200), backoff.delay(1));
        assertEquals(Duration.ofMillis(350), backoff.delay(2));
        assertEquals(Duration.ofMillis(350), backoff.delay(40));
    }

    @Test
    void probesInTheBackgroundUntilTheBrokerIsBack() throws InterruptedException {
        RecordingSender sender = new RecordingSender();
        sender.down = true;
        try (BrokerHealth health = new BrokerHealth(sender,
                new ReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(40)), Clock.systemUTC(), "test-probe")) {
            health.reportDown("connection refused");
            assertTrue(health.isDown());
            Thread.sleep(200);
            assertTrue(sender.probes >= 2, "probed " + sender.probes + " times");
            assertTrue(health.isDown());

            sender.down = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (health.isDown() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertFalse(health.isDown());
            int probes = sender.probes;
            Thread.sleep(150);
            assertEquals(probes, sender.probes, "no probing once the broker is back");
        }
    }
}
