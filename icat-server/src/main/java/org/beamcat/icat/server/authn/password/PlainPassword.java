package org.beamcat.icat.server.authn.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A clear-text password, allowed only when written explicitly as {@code plain:<password>} so that nobody
 * mistakes a demo configuration for a real one. Both sides are digested before comparing, so the time
 * taken depends neither on the content nor on the length of either.
 */
public record PlainPassword(String password) implements StoredPassword {

    static final String PREFIX = "plain:";

    public PlainPassword {
        if (password.isEmpty()) {
            throw new IllegalArgumentException("a plain password must not be empty");
        }
    }

    @Override
    public boolean matches(String candidate) {
        return MessageDigest.isEqual(sha256(password), sha256(candidate));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "PlainPassword[***]";
    }
}
