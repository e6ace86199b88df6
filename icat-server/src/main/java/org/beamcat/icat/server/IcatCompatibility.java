package org.beamcat.icat.server;

/** Which ICAT release the wire behaviour follows. Clients such as python-icat branch on this value. */
public final class IcatCompatibility {

    public static final String EMULATED_VERSION = "4.7.0";

    private IcatCompatibility() {
    }
}
