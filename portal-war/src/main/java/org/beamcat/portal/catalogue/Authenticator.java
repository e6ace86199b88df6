package org.beamcat.portal.catalogue;

import java.util.List;

/**
 * A way to log in that the catalogue offers ({@code GET /icat/properties}): its mnemonic, the name people read
 * (the catalogue's {@code friendly} name, else the mnemonic) and the credentials it asks for.
 */
public record Authenticator(String mnemonic, String displayName, List<CredentialKey> keys) {

    public Authenticator {
        keys = List.copyOf(keys);
    }

    /** One credential: its name ({@code username}) and whether it is a secret to be typed hidden. */
    public record CredentialKey(String name, boolean hidden) {
    }
}
