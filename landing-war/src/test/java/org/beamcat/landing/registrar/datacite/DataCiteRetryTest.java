package org.beamcat.landing.registrar.datacite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The waits between DataCite attempts; the attempts themselves are tested against the fake DataCite. */
class DataCiteRetryTest {

    private final DataCiteRetry retry = new DataCiteRetry(
            new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10)), Clock.systemUTC(), wait -> { });

    @Test
    void doublesTheDelayUpToTheCap() {
        assertEquals(Duration.ofSeconds(1), retry.delay(1, Optional.empty()));
        assertEquals(Duration.ofSeconds(2), retry.delay(2, Optional.empty()));
        assertEquals(Duration.ofSeconds(4), retry.delay(3, Optional.empty()));
        assertEquals(Duration.ofSeconds(8), retry.delay(4, Optional.empty()));
        assertEquals(Duration.ofSeconds(10), retry.delay(5, Optional.empty()));
        assertEquals(Duration.ofSeconds(10), retry.delay(60, Optional.empty()));
    }

    @Test
    void waitsAtLeastAsLongAsRetryAfterAsksButNoLongerThanTheCap() {
        assertEquals(Duration.ofSeconds(7), retry.delay(1, Optional.of(Duration.ofSeconds(7))));
        assertEquals(Duration.ofSeconds(4), retry.delay(3, Optional.of(Duration.ofSeconds(1))));
        assertEquals(Duration.ofSeconds(10), retry.delay(1, Optional.of(Duration.ofMinutes(5))));
    }

    @Test
    void onlyRateLimitsAndServerErrorsAreWorthRetrying() {
        assertEquals(true, DataCiteRetry.isWorthRetrying(429));
        assertEquals(true, DataCiteRetry.isWorthRetrying(503));
        assertEquals(false, DataCiteRetry.isWorthRetrying(422));
        assertEquals(false, DataCiteRetry.isWorthRetrying(404));
    }

    @Test
    void aPolicyNeedsOneAttemptAndAPositiveDelayNoLongerThanItsCap() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)));
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
