/**
 * Authenticators: who may log in, and as whom. The REST login and the session use case depend only on
 * {@link org.beamcat.icat.server.authn.Authenticator} and the {@link org.beamcat.icat.server.authn.Authenticators}
 * registry; each kind lives in its own sub-package ({@code simple}: users from configuration, {@code db}:
 * users in table AUTHN_DB_USER, {@code anon}: everyone as {@code anon}), password storage in
 * {@code password}.
 *
 * <p><b>Adding LDAP or OIDC.</b> Write {@code authn/ldap/LdapAuthenticator} (or {@code authn/oidc/…}) implementing
 * {@code Authenticator}: declare its credential keys (LDAP: username + hidden password; OIDC: a hidden
 * {@code token}), return {@code new AuthenticatedUser(name, mnemonic)}, throw {@code AuthenticationFailure}
 * with a message fit for the client when the credentials are wrong and {@code AuthenticatorUnavailable}
 * when the directory or identity provider cannot be reached (ICAT's "No authenticator of type X is
 * working"). Then add its mnemonic to {@link org.beamcat.icat.server.authn.AuthenticatorFactory#TYPES} with a
 * case in the factory, and read its settings ({@code beamcat.icat.authn.ldap.url}, …) in
 * {@code config.AuthenticationSettings} so that a bad value fails the deployment naming the key. Nothing
 * in sessions or the REST edge changes.
 */
package org.beamcat.icat.server.authn;
