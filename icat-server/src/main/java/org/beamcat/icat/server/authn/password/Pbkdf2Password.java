package org.beamcat.icat.server.authn.password;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password stored as PBKDF2-HMAC-SHA256 (the JDK's {@code PBKDF2WithHmacSHA256}, no extra library) with its
 * own random salt and iteration count, so the count can be raised for new passwords without invalidating
 * old ones. Text form: {@code pbkdf2-sha256:<iterations>:<salt, base64url>:<hash, base64url>}; it has no
 * characters a shell, asadmin (once escaped) or MicroProfile Config would interpret.
 */
public record Pbkdf2Password(int iterations, byte[] salt, byte[] hash) implements StoredPassword {

    /** Name of the algorithm in the text form and in the db authenticator's table. */
    public static final String ALGORITHM = "pbkdf2-sha256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Lower counts are accepted from storage (old or test hashes) but never below this. */
    public static final int MIN_ITERATIONS = 1_000;
    /** A bound so that a mistyped count cannot turn every login into minutes of CPU. */
    public static final int MAX_ITERATIONS = 10_000_000;

    static final String PREFIX = ALGORITHM + ":";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public Pbkdf2Password {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("the iteration count " + iterations + " is outside "
                    + MIN_ITERATIONS + ".." + MAX_ITERATIONS);
        }
        if (salt.length < 8) {
            throw new IllegalArgumentException("the salt must have at least 8 bytes");
        }
        if (hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("the hash must have " + HASH_BYTES + " bytes");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes a new password with a fresh random salt. */
    public static Pbkdf2Password create(String password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new Pbkdf2Password(iterations, salt, derive(password, salt, iterations));
    }

    public static Pbkdf2Password create(String password) {
        return create(password, DEFAULT_ITERATIONS);
    }

    static Pbkdf2Password decode(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            throw new IllegalArgumentException("a hashed password must look like " + ALGORITHM
                    + ":<iterations>:<salt>:<hash>");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iteration count of a hashed password is not a whole number");
        }
        return new Pbkdf2Password(iterations, base64(parts[2], "salt"), base64(parts[3], "hash"));
    }

    public String encode() {
        return PREFIX + iterations + ":" + saltText() + ":" + hashText();
    }

    public String saltText() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
    }

    public String hashText() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    /** Rebuilds a stored password from its parts (the db authenticator keeps them in separate columns). */
    public static Pbkdf2Password of(int iterations, String saltText, String hashText) {
        return new Pbkdf2Password(iterations, base64(saltText, "salt"), base64(hashText, "hash"));
    }

    @Override
    public boolean matches(String candidate) {
        return MessageDigest.isEqual(hash, derive(candidate, salt, iterations));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("every Java 17 runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] base64(String text, String what) {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " of a hashed password is not base64url");
        }
    }

    // Records compare arrays by identity and would print them: neither is wanted for a secret.
    @Override
    public boolean equals(Object other) {
        return other instanceof Pbkdf2Password that && iterations == that.iterations
                && MessageDigest.isEqual(salt, that.salt) && MessageDigest.isEqual(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(iterations);
    }

    @Override
    public String toString() {
        return "Pbkdf2Password[iterations=" + iterations + ", ***]";
    }
}
