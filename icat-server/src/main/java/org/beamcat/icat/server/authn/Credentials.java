package org.beamcat.icat.server.authn;

import java.util.Map;

/** Reading credential values the way ICAT's authenticators do. */
public final class Credentials {

    private Credentials() {
    }

    /** The value of a key that must be present and non-empty, with authn.simple's message otherwise. */
    public static String require(Map<String, String> credentials, String key) throws AuthenticationFailure {
        String value = credentials.get(key);
        if (value == null || value.isEmpty()) {
            throw new AuthenticationFailure(key + " cannot be null or empty.");
        }
        return value;
    }
}
