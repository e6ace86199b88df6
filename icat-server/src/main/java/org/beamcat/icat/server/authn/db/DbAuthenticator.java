package org.beamcat.icat.server.authn.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.beamcat.icat.server.authn.AuthenticatedUser;
import org.beamcat.icat.server.authn.AuthenticationFailure;
import org.beamcat.icat.server.authn.Authenticator;
import org.beamcat.icat.server.authn.AuthenticatorUnavailable;
import org.beamcat.icat.server.authn.CredentialKey;
import org.beamcat.icat.server.authn.Credentials;
import org.beamcat.icat.server.authn.password.Pbkdf2Password;
import org.beamcat.icat.server.authn.password.StoredPassword;

/**
 * Users in the catalogue database, table {@code AUTHN_DB_USER} (migration V2), like ICAT's authn.db but
 * with PBKDF2-HMAC-SHA256, a salt and an iteration count per user. Administrators add users with the SQL
 * that {@code glassfish-config/scripts/hash-password.sh --sql NAME} prints.
 */
public final class DbAuthenticator implements Authenticator {

    private static final String FIND = "SELECT ALGORITHM, ITERATIONS, SALT, PASSWORD_HASH FROM AUTHN_DB_USER WHERE NAME = ?";
    // See SimpleAuthenticator: unknown names cost as much as wrong passwords.
    private static final StoredPassword NOBODY = Pbkdf2Password.create("no such user");

    private final String mnemonic;
    private final DataSource dataSource;

    public DbAuthenticator(String mnemonic, DataSource dataSource) {
        this.mnemonic = mnemonic;
        this.dataSource = dataSource;
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
    public AuthenticatedUser authenticate(Map<String, String> credentials)
            throws AuthenticationFailure, AuthenticatorUnavailable {
        String username = Credentials.require(credentials, "username");
        String password = Credentials.require(credentials, "password");
        Optional<StoredPassword> stored = find(username);
        boolean matches = stored.orElse(NOBODY).matches(password);
        if (stored.isEmpty() || !matches) {
            throw new AuthenticationFailure(AuthenticationFailure.NO_MATCH);
        }
        return new AuthenticatedUser(username, mnemonic);
    }

    private Optional<StoredPassword> find(String username) throws AuthenticatorUnavailable {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(FIND)) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(password(username, row));
            }
        } catch (SQLException e) {
            throw new AuthenticatorUnavailable("reading AUTHN_DB_USER failed: " + e.getMessage(), e);
        }
    }

    private static StoredPassword password(String username, ResultSet row) throws SQLException,
            AuthenticatorUnavailable {
        String algorithm = row.getString(1);
        if (!Pbkdf2Password.ALGORITHM.equals(algorithm)) {
            throw new AuthenticatorUnavailable("user " + username + " has a password stored with unknown algorithm '"
                    + algorithm + "'", null);
        }
        try {
            return Pbkdf2Password.of(row.getInt(2), row.getString(3), row.getString(4));
        } catch (IllegalArgumentException e) {
            throw new AuthenticatorUnavailable("the stored password of user " + username + " is unusable: "
                    + e.getMessage(), e);
        }
    }
}
