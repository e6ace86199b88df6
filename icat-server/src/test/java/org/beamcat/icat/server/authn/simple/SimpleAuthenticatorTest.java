package org.beamcat.icat.server.authn.simple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.authn.AuthenticatedUser;
import org.beamcat.icat.server.authn.AuthenticationFailure;
import org.beamcat.icat.server.authn.CredentialKey;
import org.beamcat.icat.server.authn.password.Pbkdf2Password;
import org.beamcat.icat.server.authn.password.StoredPassword;
import org.junit.jupiter.api.Test;

class SimpleAuthenticatorTest {

    private final String rootHash = Pbkdf2Password.create("root-pw", 1_000).encode();
    private final SimpleAuthenticator simple = new SimpleAuthenticator("simple",
            SimpleUsers.parse(" root:" + rootHash + " , alice:plain:alice,"));

    @Test
    void acceptsHashedAndPlainUsers() throws Exception {
        assertEquals(new AuthenticatedUser("root", "simple"), login("root", "root-pw"));
        assertEquals("simple/alice", login("alice", "alice").userName());
    }

    @Test
    void refusesWrongPasswordsAndUnknownUsersAlike() {
        assertEquals(AuthenticationFailure.NO_MATCH,
                assertThrows(AuthenticationFailure.class, () -> login("root", "alice")).getMessage());
        assertEquals(AuthenticationFailure.NO_MATCH,
                assertThrows(AuthenticationFailure.class, () -> login("bob", "bob")).getMessage());
    }

    @Test
    void missingCredentialsAreNamed() {
        assertEquals("username cannot be null or empty.", assertThrows(AuthenticationFailure.class,
                () -> simple.authenticate(Map.of("password", "alice"))).getMessage());
        assertEquals("password cannot be null or empty.", assertThrows(AuthenticationFailure.class,
                () -> simple.authenticate(Map.of("username", "alice", "password", ""))).getMessage());
    }

    @Test
    void asksForAUsernameAndAHiddenPassword() {
        assertEquals(List.of(CredentialKey.visible("username"), CredentialKey.hidden("password")), simple.keys());
    }

    @Test
    void userListsAreCheckedEntryByEntry() {
        assertTrue(SimpleUsers.parse("").isEmpty());
        Map<String, StoredPassword> users = SimpleUsers.parse("a:plain:x,b:plain:y");
        assertEquals(List.of("a", "b"), List.copyOf(users.keySet()));
        for (String bad : new String[] {"alice", ":plain:x", "a b:plain:x", "a/b:plain:x", "a:plain:x,a:plain:y",
            "alice:secret"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimpleUsers.parse(bad), bad);
            assertFalse(e.getMessage().contains("secret"), "never echo a password: " + e.getMessage());
        }
    }

    private AuthenticatedUser login(String user, String password) throws AuthenticationFailure {
        return simple.authenticate(Map.of("username", user, "password", password));
    }
}
