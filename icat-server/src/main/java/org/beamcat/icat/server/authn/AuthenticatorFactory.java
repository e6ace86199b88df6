package org.beamcat.icat.server.authn;

import java.util.List;
import javax.sql.DataSource;
import org.beamcat.icat.server.authn.anon.AnonAuthenticator;
import org.beamcat.icat.server.authn.db.DbAuthenticator;
import org.beamcat.icat.server.authn.simple.SimpleAuthenticator;
import org.beamcat.icat.server.config.AuthenticationSettings;
import org.beamcat.icat.server.config.AuthenticatorSettings;

/**
 * Builds the enabled authenticators from the settings. Adding a kind (LDAP, OIDC) means: its class in a
 * sub-package, its mnemonic in {@link #TYPES}, a case below, and its settings under
 * {@code beamcat.icat.authn.<mnemonic>.*} in {@link AuthenticationSettings}.
 */
public final class AuthenticatorFactory {

    /** The kinds BeamCat has; {@code beamcat.icat.authenticators} may list these. */
    public static final List<String> TYPES = List.of("simple", "db", "anon");

    private AuthenticatorFactory() {
    }

    public static Authenticators create(AuthenticationSettings settings, DataSource catalogue) {
        List<Authenticator> enabled = settings.authenticators().stream()
                .map(AuthenticatorSettings::mnemonic)
                .map(mnemonic -> create(mnemonic, settings, catalogue))
                .toList();
        return new Authenticators(enabled, settings);
    }

    private static Authenticator create(String mnemonic, AuthenticationSettings settings, DataSource catalogue) {
        return switch (mnemonic) {
            case "simple" -> new SimpleAuthenticator(mnemonic, settings.simpleUsers());
            case "db" -> new DbAuthenticator(mnemonic, catalogue);
            case "anon" -> new AnonAuthenticator(mnemonic);
            default -> throw new IllegalArgumentException("no authenticator of type " + mnemonic);
        };
    }
}
