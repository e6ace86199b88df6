package org.beamcat.icat.server.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.server.authn.AuthenticatorFactory;
import org.beamcat.icat.server.authn.password.StoredPassword;
import org.beamcat.icat.server.authn.simple.SimpleUsers;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * Which authenticators log users in, and their own settings.
 *
 * @param authenticators the enabled ones, in the order {@code beamcat.icat.authenticators} lists them
 *                       (comma-separated mnemonics out of {@link AuthenticatorFactory#TYPES}; default
 *                       {@value #DEFAULT_AUTHENTICATORS}: anonymous login is opt-in)
 * @param simpleUsers    the simple authenticator's users ({@code beamcat.icat.authn.simple.users}, default none)
 */
public record AuthenticationSettings(List<AuthenticatorSettings> authenticators, Map<String, StoredPassword> simpleUsers) {

    public static final String AUTHENTICATORS = "beamcat.icat.authenticators";
    public static final String SIMPLE_USERS = "beamcat.icat.authn.simple.users";
    static final String DEFAULT_AUTHENTICATORS = "simple,db";

    public AuthenticationSettings {
        authenticators = List.copyOf(authenticators);
        simpleUsers = Map.copyOf(simpleUsers);
    }

    static AuthenticationSettings read(SettingsReader reader) {
        List<AuthenticatorSettings> enabled = new ArrayList<>();
        for (String mnemonic : mnemonics(reader)) {
            enabled.add(new AuthenticatorSettings(mnemonic,
                    reader.optionalString(AuthenticatorSettings.friendlyKey(mnemonic)),
                    reader.bool(AuthenticatorSettings.adminKey(mnemonic), false)));
        }
        return new AuthenticationSettings(enabled, simpleUsers(reader));
    }

    public Optional<AuthenticatorSettings> authenticator(String mnemonic) {
        return authenticators.stream().filter(a -> a.mnemonic().equals(mnemonic)).findFirst();
    }

    private static Set<String> mnemonics(SettingsReader reader) {
        String raw = reader.optionalString(AUTHENTICATORS).orElse(DEFAULT_AUTHENTICATORS);
        Set<String> mnemonics = new LinkedHashSet<>();
        for (String item : raw.split("[,\\s]+")) {
            if (item.isEmpty()) {
                continue;
            }
            if (!AuthenticatorFactory.TYPES.contains(item)) {
                throw new InvalidSettingException(AUTHENTICATORS, "'" + item + "' is not one of "
                        + String.join(", ", AuthenticatorFactory.TYPES));
            }
            if (!mnemonics.add(item)) {
                throw new InvalidSettingException(AUTHENTICATORS, "'" + item + "' is listed twice");
            }
        }
        if (mnemonics.isEmpty()) {
            throw new InvalidSettingException(AUTHENTICATORS, "no authenticator is listed, so nobody could log in");
        }
        return mnemonics;
    }

    private static Map<String, StoredPassword> simpleUsers(SettingsReader reader) {
        try {
            return SimpleUsers.parse(reader.optionalString(SIMPLE_USERS).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SIMPLE_USERS, e.getMessage());
        }
    }

    /** Never prints passwords or hashes: the settings are logged at start-up. */
    @Override
    public String toString() {
        return "AuthenticationSettings[authenticators=" + authenticators + ", simpleUsers=" + simpleUsers.keySet() + "]";
    }
}
