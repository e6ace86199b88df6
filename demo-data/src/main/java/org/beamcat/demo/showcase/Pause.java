package org.beamcat.demo.showcase;

import java.time.Duration;

/** Waiting between two looks at the data service (a no-op in unit tests). */
@FunctionalInterface
public interface Pause {

    void sleep(Duration duration) throws InterruptedException;

    static Pause real() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
