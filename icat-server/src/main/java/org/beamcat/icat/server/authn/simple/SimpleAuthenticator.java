package org.beamcat.icat.server.authn.simple;

import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.authn.AuthenticatedUser;
import org.beamcat.icat.server.authn.AuthenticationFailure;
import org.beamcat.icat.server.authn.Authenticator;
import org.beamcat.icat.server.authn.CredentialKey;
import org.beamcat.icat.server.authn.Credentials;
import org.beamcat.icat.server.authn.password.Pbkdf2Password;
import org.beamcat.icat.server.authn.password.StoredPassword;

/**
 * Users and passwords from configuration ({@code beamcat.icat.authn.simple.users}), like ICAT's authn.simple:
 * for service accounts, root and demonstrations, not for a facility's user base.
 */
public final class SimpleAuthenticator implements Authenticator {

    // Checked when the name is unknown, so that a wrong name costs as long as a wrong password and
    // timing does not tell which user names exist.
    private static final StoredPassword NOBODY = Pbkdf2Password.create("no such user");

    private final String mnemonic;
    private final Map<String, StoredPassword> users;

    public SimpleAuthenticator(String mnemonic, Map<String, StoredPassword> users) {
        this.mnemonic = mnemonic;
        this.users = Map.copyOf(users);
    }

    @Override
    public String mnemonic() {
        return mnemonic;
    }

    @Override
    public List<CredentialKey> keys() {
        return List.of(CredentialKey.visible("username"), CredentialKey.hidden("password"));
    }

    @Override
    public AuthenticatedUser authenticate(Map<String, String> credentials) throws AuthenticationFailure {
        String username = Credentials.require(credentials, "username");
        String password = Credentials.require(credentials, "password");
        StoredPassword stored = users.get(username);
        boolean matches = (stored == null ? NOBODY : stored).matches(password);
        if (stored == null || !matches) {
            throw new AuthenticationFailure(AuthenticationFailure.NO_MATCH);
        }
        return new AuthenticatedUser(username, mnemonic);
    }
}
