package org.beamcat.icat.server.authn;

import java.util.Objects;

/** Who an authenticator says the caller is: a name, and the mechanism that vouches for it (may be null). */
public record AuthenticatedUser(String name, String mechanism) {

    public AuthenticatedUser {
        Objects.requireNonNull(name, "name");
    }

    /** The catalogue's user name, as ICAT forms it: {@code mechanism/name}, or the bare name without a mechanism. */
    public String userName() {
        return mechanism == null ? name : mechanism + "/" + name;
    }
}
