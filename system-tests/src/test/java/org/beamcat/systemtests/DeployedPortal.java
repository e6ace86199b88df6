package org.beamcat.systemtests;

import org.junit.jupiter.api.AfterAll;

/**
 * The portal's test classes at / (pages over HTTP, pages in Chromium): the deployed BeamCat plus the
 * {@link PortalFixture}, created by the first test of a class that asks for it and removed after that class.
 */
abstract class DeployedPortal extends DeployedBeamCat {

    private static PortalFixture fixture;

    static synchronized PortalFixture fixture() throws Exception {
        if (fixture == null) {
            fixture = PortalFixture.create();
        }
        return fixture;
    }

    /** Runs after each subclass (test classes run one after another), so the next class creates its own. */
    @AfterAll
    static synchronized void removeFixture() throws Exception {
        if (fixture != null) {
            PortalFixture done = fixture;
            fixture = null;
            done.remove();
        }
    }
}
