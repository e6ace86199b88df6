package org.beamcat.systemtests;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link DoiLandingFixture} per test class, written at the first test that asks for it and removed after the
 * class's last test, so a class whose tests are all filtered out writes nothing. Register it as a static field
 * with {@code @RegisterExtension}.
 */
final class DoiLandingFixturePerClass implements AfterAllCallback {

    private DoiLandingFixture fixture;

    synchronized DoiLandingFixture get() throws Exception {
        if (fixture == null) {
            fixture = DoiLandingFixture.create();
        }
        return fixture;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws Exception {
        if (fixture != null) {
            fixture.remove();
            fixture = null;
        }
    }
}
