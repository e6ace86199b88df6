package org.beamcat.landing.registrar.datacite;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How often and how patiently to repeat a request that met a rate limit, a server error or a network
 * failure: exponential back-off from {@code initialDelay}, doubled per attempt, never longer than
 * {@code maxDelay}. A {@code Retry-After} from the server is honoured up to the same cap, since
 * DataCite asks bulk clients to back off rather than hammer it.
 *
 * @param maxAttempts attempts in all, the first included; 1 means no retry
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
        }
    }

    public boolean mayRetryAfter(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** The wait after the given failed attempt (1 for the first), given the server's Retry-After if any. */
    public Duration delayAfter(int failedAttempt, Optional<Duration> retryAfter) {
        Duration backOff = initialDelay;
        for (int i = 1; i < failedAttempt && backOff.compareTo(maxDelay) < 0; i++) {
            backOff = backOff.multipliedBy(2);
        }
        Duration wanted = retryAfter.isPresent() && retryAfter.get().compareTo(backOff) > 0 ? retryAfter.get() : backOff;
        return wanted.compareTo(maxDelay) > 0 ? maxDelay : wanted;
    }
}
