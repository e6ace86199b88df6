package org.beamcat.icat.server.authn;

import java.util.Optional;

/**
 * One credential an authenticator asks for, as {@code GET properties} advertises it: {@code hide} tells
 * login forms to mask the input (passwords), {@code pattern} is an optional regular expression.
 */
public record CredentialKey(String name, boolean hide, Optional<String> pattern) {

    public static CredentialKey visible(String name) {
        return new CredentialKey(name, false, Optional.empty());
    }

    public static CredentialKey hidden(String name) {
        return new CredentialKey(name, true, Optional.empty());
    }
}
