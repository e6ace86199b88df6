package org.beamcat.icat.server;

import java.util.Objects;

/**
 * Who a catalogue call is made for: the session's user name as ICAT writes it ({@code mnemonic/name},
 * e.g. {@code simple/alice}, or the bare name when the authenticator gives no mechanism) and whether that
 * name is one of the configured root users. Sessions produce it; searches, writes and rules consume it.
 */
public record Caller(String userName, boolean root) {

    public Caller {
        Objects.requireNonNull(userName, "userName");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank");
        }
    }
}
