package org.beamcat.icat.server.authn.password;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordTest {

    @Test
    void derivesTheStandardTestVector() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1; the first 32 of its 64 bytes.
        byte[] expected = HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        assertArrayEquals(expected, Pbkdf2Password.derive("passwd", "salt".getBytes(StandardCharsets.UTF_8), 1));
    }

    @Test
    void matchesOnlyTheRightPassword() {
        Pbkdf2Password stored = Pbkdf2Password.create("correct horse", 1_000);
        assertTrue(stored.matches("correct horse"));
        assertFalse(stored.matches("correct horse "));
        assertFalse(stored.matches(""));
    }

    @Test
    void everyHashHasItsOwnSalt() {
        Pbkdf2Password first = Pbkdf2Password.create("same", 1_000);
        Pbkdf2Password second = Pbkdf2Password.create("same", 1_000);
        assertNotEquals(first.saltText(), second.saltText());
        assertNotEquals(first.hashText(), second.hashText());
    }

    @Test
    void newHashesUseTheDefaultIterationCount() {
        assertEquals(600_000, Pbkdf2Password.create("pw").iterations());
    }

    @Test
    void textFormRoundTripsAndHasNoCharactersShellsOrAsadminInterpretSpecially() {
        Pbkdf2Password stored = Pbkdf2Password.create("pässwörd", 1_234);
        String text = stored.encode();
        assertTrue(text.matches("pbkdf2-sha256:1234:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]{43}"), text);
        StoredPassword parsed = StoredPassword.parse(text);
        assertEquals(stored, parsed);
        assertTrue(parsed.matches("pässwörd"));
        assertEquals(stored, Pbkdf2Password.of(1_234, stored.saltText(), stored.hashText()));
    }

    @Test
    void malformedHashesAreRejectedWithoutEchoingThem() {
        String salt = "c2FsdHNhbHRzYWx0";
        String hash = Pbkdf2Password.create("x", 1_000).hashText();
        for (String bad : new String[] {"pbkdf2-sha256:1000:" + salt, "pbkdf2-sha256:many:" + salt + ":" + hash,
            "pbkdf2-sha256:10:" + salt + ":" + hash, "pbkdf2-sha256:99999999:" + salt + ":" + hash,
            "pbkdf2-sha256:1000:" + salt + ":short", "pbkdf2-sha256:1000:***:" + hash, "md5:abc", "secret"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoredPassword.parse(bad), bad);
            assertFalse(e.getMessage().contains(hash), e.getMessage());
        }
    }

    @Test
    void neverPrintsTheSecret() {
        Pbkdf2Password stored = Pbkdf2Password.create("pw", 1_000);
        assertFalse(stored.toString().contains(stored.hashText()));
        assertFalse(new PlainPassword("hunter2").toString().contains("hunter2"));
    }

    @Test
    void plainPasswordsMustBeMarkedAndCompareExactly() {
        StoredPassword plain = StoredPassword.parse("plain:with:colons");
        assertTrue(plain.matches("with:colons"));
        assertFalse(plain.matches("with:colon"));
        assertThrows(IllegalArgumentException.class, () -> StoredPassword.parse("plain:"));
    }
}
