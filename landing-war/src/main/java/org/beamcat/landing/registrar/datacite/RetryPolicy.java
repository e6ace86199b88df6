package org.beamcat.landing.registrar.datacite;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently to repeat a request that met a rate limit, a server error or a network
 * failure: exponential back-off from {@code initialDelay}, doubled per attempt, never longer than
 * {@code maxDelay}; a {@code Retry-After} from the server is honoured up to the same cap, since DataCite asks
 * bulk clients to back off rather than hammer it. Carried out by {@link DataCiteRetry}.
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
        if (initialDelay.toMillis() < 1 || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 1 ms <= initialDelay <= maxDelay");
        }
    }
}
