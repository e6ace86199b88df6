package org.beamcat.icat.server.authn;

import java.util.List;
import java.util.Optional;

/** What clients learn about one authenticator from {@code GET properties} (ICAT's getAuthenticatorInfo). */
public record AuthenticatorInfo(String mnemonic, List<CredentialKey> keys, Optional<String> friendly, boolean admin) {
}
