package org.beamcat.icat.server.authn.anon;

import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.authn.AuthenticatedUser;
import org.beamcat.icat.server.authn.Authenticator;
import org.beamcat.icat.server.authn.CredentialKey;

/**
 * Everyone may log in, as the one user {@code anon} (so {@code anon/anon} under the usual mnemonic), like
 * ICAT's authn.anon. What anonymous sessions may read is up to the rules: a rule without a grouping
 * applies to every authenticated user, anonymous ones included, which is why this is not on by default.
 */
public final class AnonAuthenticator implements Authenticator {

    public static final String USER = "anon";

    private final String mnemonic;

    public AnonAuthenticator(String mnemonic) {
        this.mnemonic = mnemonic;
    }

    @Override
    public String mnemonic() {
        return mnemonic;
    }

    @Override
    public List<CredentialKey> keys() {
        return List.of();
    }

    @Override
    public AuthenticatedUser authenticate(Map<String, String> credentials) {
        return new AuthenticatedUser(USER, mnemonic);
    }
}
