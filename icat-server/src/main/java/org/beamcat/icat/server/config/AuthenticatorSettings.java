package org.beamcat.icat.server.config;

import java.util.Optional;

/**
 * How one enabled authenticator is advertised by {@code GET properties}: the label login forms show
 * ({@code beamcat.icat.authn.<mnemonic>.friendly}) and whether only admin tools should offer it
 * ({@code beamcat.icat.authn.<mnemonic>.admin}), as ICAT's {@code authn.<m>.friendly} / {@code .admin}.
 */
public record AuthenticatorSettings(String mnemonic, Optional<String> friendly, boolean admin) {

    static String friendlyKey(String mnemonic) {
        return "beamcat.icat.authn." + mnemonic + ".friendly";
    }

    static String adminKey(String mnemonic) {
        return "beamcat.icat.authn." + mnemonic + ".admin";
    }
}
