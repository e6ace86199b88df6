package org.beamcat.icat.server.authn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.server.config.AuthenticationSettings;
import org.beamcat.icat.server.config.AuthenticatorSettings;

/** The enabled authenticators by mnemonic, in configured order, with how {@code properties} describes them. */
public final class Authenticators {

    private final Map<String, Authenticator> byMnemonic = new LinkedHashMap<>();
    private final List<AuthenticatorInfo> infos;

    public Authenticators(List<Authenticator> enabled, AuthenticationSettings settings) {
        for (Authenticator authenticator : enabled) {
            byMnemonic.put(authenticator.mnemonic(), authenticator);
        }
        infos = enabled.stream().map(a -> info(a, settings)).toList();
    }

    public Optional<Authenticator> find(String mnemonic) {
        return Optional.ofNullable(mnemonic == null ? null : byMnemonic.get(mnemonic));
    }

    public List<AuthenticatorInfo> describe() {
        return infos;
    }

    private static AuthenticatorInfo info(Authenticator authenticator, AuthenticationSettings settings) {
        AuthenticatorSettings labels = settings.authenticator(authenticator.mnemonic())
                .orElse(new AuthenticatorSettings(authenticator.mnemonic(), Optional.empty(), false));
        return new AuthenticatorInfo(authenticator.mnemonic(), authenticator.keys(), labels.friendly(), labels.admin());
    }
}
