package org.beamcat.icat.server.authn.password;

/**
 * A password as configuration or a table keeps it, able to tell whether a candidate matches without
 * revealing, through timing, how much of it did.
 */
public sealed interface StoredPassword permits Pbkdf2Password, PlainPassword {

    boolean matches(String candidate);

    /**
     * Reads the text form an administrator writes into a setting: {@code pbkdf2-sha256:<iterations>:<salt>:<hash>}
     * (see {@link Pbkdf2Password#encode()}) or, for demonstrations only, {@code plain:<password>}.
     *
     * @throws IllegalArgumentException saying what is wrong, never echoing the secret
     */
    static StoredPassword parse(String text) {
        if (text.startsWith(PlainPassword.PREFIX)) {
            return new PlainPassword(text.substring(PlainPassword.PREFIX.length()));
        }
        if (text.startsWith(Pbkdf2Password.PREFIX)) {
            return Pbkdf2Password.decode(text);
        }
        throw new IllegalArgumentException("a password must start with '" + Pbkdf2Password.PREFIX
                + "' (a hash made by glassfish-config/scripts/hash-password.sh) or, for demonstrations only, '" + PlainPassword.PREFIX + "'");
    }
}
