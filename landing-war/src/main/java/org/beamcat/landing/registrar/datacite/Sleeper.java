package org.beamcat.landing.registrar.datacite;

import java.time.Duration;

/** Waits between retries; a seam so tests can check the delays without spending them. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
