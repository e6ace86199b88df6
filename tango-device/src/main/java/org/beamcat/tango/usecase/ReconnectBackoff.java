package org.beamcat.tango.usecase;

import java.time.Duration;

/** Delays between broker probes: doubling from {@code initial}, never above {@code max}. */
public record ReconnectBackoff(Duration initial, Duration max) {

    public static final ReconnectBackoff DEFAULT = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public ReconnectBackoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial <= max, got " + initial + ", " + max);
        }
    }

    /** The delay before probe number {@code attempt} (0 = the first after a failure). */
    public Duration delay(int attempt) {
        Duration delay = initial;
        for (int i = 0; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
