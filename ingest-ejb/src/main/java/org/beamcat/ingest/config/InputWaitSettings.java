package org.beamcat.ingest.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How long processed data whose raw input datasets are not registered yet waits for them: the message is
 * sent back to its queue with a delivery delay that starts at {@code firstDelay} and doubles up to
 * {@code maxDelay}; after {@code maxWaits} waits it is dead-lettered with the missing inputs as reason.
 *
 * @param firstDelay {@code beamcat.ingest.input-wait-seconds}
 * @param maxWaits   {@code beamcat.ingest.input-wait-max}
 */
public record InputWaitSettings(Duration firstDelay, Duration maxDelay, int maxWaits) {

    public static final String FIRST_DELAY = "beamcat.ingest.input-wait-seconds";
    public static final String MAX_WAITS = "beamcat.ingest.input-wait-max";
    /** Longest single wait: raw data registered late is picked up within ten minutes. */
    static final Duration MAX_DELAY = Duration.ofMinutes(10);

    /** The delay before the {@code wait}-th retry (1 for the first), or empty when the waits are used up. */
    public Optional<Duration> delayBefore(int wait) {
        if (wait < 1 || wait > maxWaits) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < wait && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    static InputWaitSettings read(org.beamcat.support.config.SettingsReader reader) {
        return new InputWaitSettings(Duration.ofSeconds(reader.intInRange(FIRST_DELAY, 5, 1, 3600)), MAX_DELAY,
                reader.intInRange(MAX_WAITS, 30, 0, 1000));
    }
}
