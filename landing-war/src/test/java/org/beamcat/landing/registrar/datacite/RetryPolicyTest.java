package org.beamcat.landing.registrar.datacite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void doublesTheDelayUpToTheCap() {
        assertEquals(Duration.ofSeconds(1), policy.delayAfter(1, Optional.empty()));
        assertEquals(Duration.ofSeconds(2), policy.delayAfter(2, Optional.empty()));
        assertEquals(Duration.ofSeconds(4), policy.delayAfter(3, Optional.empty()));
        assertEquals(Duration.ofSeconds(8), policy.delayAfter(4, Optional.empty()));
        assertEquals(Duration.ofSeconds(10), policy.delayAfter(5, Optional.empty()));
        assertEquals(Duration.ofSeconds(10), policy.delayAfter(60, Optional.empty()));
    }

    @Test
    void waitsAtLeastAsLongAsRetryAfterAsksButNoLongerThanTheCap() {
        assertEquals(Duration.ofSeconds(7), policy.delayAfter(1, Optional.of(Duration.ofSeconds(7))));
        assertEquals(Duration.ofSeconds(4), policy.delayAfter(3, Optional.of(Duration.ofSeconds(1))));
        assertEquals(Duration.ofSeconds(10), policy.delayAfter(1, Optional.of(Duration.ofMinutes(5))));
    }

    @Test
    void countsTheFirstAttempt() {
        assertTrue(policy.mayRetryAfter(4));
        assertFalse(policy.mayRetryAfter(5));
        assertFalse(new RetryPolicy(1, Duration.ZERO, Duration.ZERO).mayRetryAfter(1));
    }

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2025-09-06T06:00:00Z"), ZoneOffset.UTC);
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse(Optional.of("30"), clock));
        assertEquals(Optional.of(Duration.ofSeconds(90)),
                RetryAfter.parse(Optional.of("Sat, 06 Sep 2025 06:01:30 GMT"), clock));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(Optional.of("Sat, 06 Sep 2025 05:00:00 GMT"), clock));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("soon"), clock));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.empty(), clock));
    }
}
