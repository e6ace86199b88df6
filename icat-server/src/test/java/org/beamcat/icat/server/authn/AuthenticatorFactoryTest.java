package org.beamcat.icat.server.authn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.server.config.IcatServerSettings;
import org.beamcat.icat.server.testing.MigratedDatabases;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class AuthenticatorFactoryTest {

    private static Authenticators build(Map<String, String> values) {
        IcatServerSettings settings = IcatServerSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
        return AuthenticatorFactory.create(settings.authentication(), MigratedDatabases.h2());
    }

    @Test
    void buildsTheConfiguredAuthenticatorsInOrderWithTheirLabels() {
        Authenticators authenticators = build(Map.of(
                "beamcat.icat.authenticators", "anon, db,simple",
                "beamcat.icat.authn.anon.friendly", "Anonymous",
                "beamcat.icat.authn.db.admin", "true"));
        assertEquals(List.of(
                new AuthenticatorInfo("anon", List.of(), Optional.of("Anonymous"), false),
                new AuthenticatorInfo("db", List.of(CredentialKey.visible("username"), CredentialKey.hidden("password")),
                        Optional.empty(), true),
                new AuthenticatorInfo("simple", List.of(CredentialKey.visible("username"),
                        CredentialKey.hidden("password")), Optional.empty(), false)),
                authenticators.describe());
    }

    @Test
    void anonymousIsOptIn() {
        Authenticators defaults = build(Map.of());
        assertEquals(List.of("simple", "db"), defaults.describe().stream().map(AuthenticatorInfo::mnemonic).toList());
        assertTrue(defaults.find("anon").isEmpty());
        assertTrue(defaults.find(null).isEmpty());
    }

    @Test
    void anonLogsEveryoneInAsAnonSlashAnon() throws Exception {
        Authenticator anon = build(Map.of("beamcat.icat.authenticators", "anon")).find("anon").orElseThrow();
        assertEquals("anon/anon", anon.authenticate(Map.of()).userName());
        assertEquals("anon/anon", anon.authenticate(Map.of("username", "root")).userName());
    }
}
