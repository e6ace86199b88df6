package org.beamcat.icat.client;

/**
 * Whether an ICAT server answers, for health checks: the version it reports, or why it could not be asked.
 */
public record IcatProbe(boolean reachable, String detail) {

    public static IcatProbe of(IcatClient client) {
        try {
            return new IcatProbe(true, "ICAT " + client.version());
        } catch (IcatException e) {
            return new IcatProbe(false, e.type() + ": " + e.getMessage());
        }
    }
}
