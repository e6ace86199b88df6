package org.beamcat.icat.server.authn;

import java.util.List;
import java.util.Map;

/**
 * One way of proving who someone is, selected at login by its mnemonic ({@code "plugin"} in the login
 * JSON). Implementations must be safe for concurrent use and must not log credentials.
 */
public interface Authenticator {

    /** The name clients select it by, also the mechanism prefixed to user names ({@code simple/alice}). */
    String mnemonic();

    /** The credential keys clients must send, in the order a login form should show them. */
    List<CredentialKey> keys();

    /**
     * Checks the credentials (every string member of the login's {@code credentials} objects).
     *
     * @throws AuthenticationFailure the credentials do not prove an identity; the message goes to the client
     * @throws AuthenticatorUnavailable the authenticator cannot decide (its backend is down)
     */
    AuthenticatedUser authenticate(Map<String, String> credentials)
            throws AuthenticationFailure, AuthenticatorUnavailable;
}
