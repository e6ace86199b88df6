package org.beamcat.icat.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authn.AuthenticatedUser;
import org.beamcat.icat.server.authn.Authenticator;
import org.beamcat.icat.server.authn.AuthenticatorUnavailable;
import org.beamcat.icat.server.authn.Authenticators;
import org.beamcat.icat.server.authn.CredentialKey;
import org.beamcat.icat.server.authn.anon.AnonAuthenticator;
import org.beamcat.icat.server.authn.password.Pbkdf2Password;
import org.beamcat.icat.server.authn.password.PlainPassword;
import org.beamcat.icat.server.authn.simple.SimpleAuthenticator;
import org.beamcat.icat.server.config.AuthenticationSettings;
import org.beamcat.icat.server.config.IcatServerSettings;
import org.beamcat.support.testing.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The session use case on a real, migrated database: what every database BeamCat supports must pass.
 * Subclasses say where the database comes from.
 */
abstract class SessionServiceContract {

    private static final int LIFETIME = 120;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:15:00Z"));
    private SessionService sessions;

    /** A fresh catalogue database at the newest schema version. */
    protected abstract DataSource migratedDatabase() throws Exception;

    @BeforeEach
    void openSessions() throws Exception {
        Authenticator simple = new SimpleAuthenticator("simple", Map.of(
                "root", Pbkdf2Password.create("secret", 1_000),
                "alice", new PlainPassword("alice")));
        Authenticators authenticators = new Authenticators(
                List.of(simple, new AnonAuthenticator("anon"), new Unreachable()),
                new AuthenticationSettings(List.of(), Map.of()));
        IcatServerSettings settings = new IcatServerSettings(LIFETIME, 10_000, Set.of("simple/root"),
                new AuthenticationSettings(List.of(), Map.of()));
        sessions = new SessionService(migratedDatabase(), authenticators, settings, clock);
    }

    @Test
    void loginGivesARandomUuidForMechanismSlashName() throws Exception {
        String first = login("alice", "alice");
        String second = login("alice", "alice");
        assertTrue(first.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), first);
        assertNotEquals(first, second);
        assertEquals(new Caller("simple/alice", false), sessions.caller(first));
    }

    @Test
    void rootUsersComeFromTheSettings() throws Exception {
        assertEquals(new Caller("simple/root", true), sessions.caller(login("root", "secret")));
    }

    @Test
    void anonymousLoginNeedsNoCredentials() throws Exception {
        String id = sessions.login("anon", Map.of());
        assertEquals(new Caller("anon/anon", false), sessions.caller(id));
    }

    @Test
    void wrongPasswordIsASessionErrorWithTheAuthenticatorsMessage() {
        assertIcatError(IcatErrorType.SESSION, "The username and password do not match ", () -> login("alice", "bob"));
        assertIcatError(IcatErrorType.SESSION, "The username and password do not match ", () -> login("eve", "x"));
        assertIcatError(IcatErrorType.SESSION, "password cannot be null or empty.",
                () -> sessions.login("simple", Map.of("username", "alice")));
    }

    @Test
    void unknownMnemonicIsNotRecognised() {
        assertIcatError(IcatErrorType.SESSION, "Authenticator mnemonic typo not recognised",
                () -> sessions.login("typo", Map.of()));
        assertIcatError(IcatErrorType.SESSION, "Authenticator mnemonic null not recognised",
                () -> sessions.login(null, Map.of()));
    }

    @Test
    void anAuthenticatorThatCannotDecideIsAnInternalError() {
        assertIcatError(IcatErrorType.INTERNAL, "No authenticator of type down is working",
                () -> sessions.login("down", Map.of()));
    }

    @Test
    void remainingMinutesCountDownInFractions() throws Exception {
        String id = login("alice", "alice");
        assertEquals(LIFETIME, sessions.remainingMinutes(id), 1e-9);
        clock.advance(Duration.ofSeconds(90));
        assertEquals(LIFETIME - 1.5, sessions.remainingMinutes(id), 1e-9);
        SessionInfo info = sessions.describe(id);
        assertEquals("simple/alice", info.userName());
        assertEquals(LIFETIME - 1.5, info.remainingMinutes(), 1e-9);
    }

    @Test
    void expiredSessionsAreRejectedWithIcatsMessage() throws Exception {
        String id = login("alice", "alice");
        clock.advance(Duration.ofMinutes(LIFETIME));
        String expired = "Session id:" + id + " has expired";
        assertIcatError(IcatErrorType.SESSION, expired, () -> sessions.caller(id));
        assertIcatError(IcatErrorType.SESSION, expired, () -> sessions.describe(id));
        assertIcatError(IcatErrorType.SESSION, expired, () -> sessions.remainingMinutes(id));
    }

    @Test
    void refreshResetsToAFullLifetimeInsteadOfAdding() throws Exception {
        String id = login("alice", "alice");
        clock.advance(Duration.ofMinutes(30));
        sessions.refresh(id);
        assertEquals(LIFETIME, sessions.remainingMinutes(id), 1e-9);
        sessions.refresh(id);
        assertEquals(LIFETIME, sessions.remainingMinutes(id), 1e-9, "a second refresh must not add");
    }

    @Test
    void refreshRevivesAnExpiredSessionNotYetPurged() throws Exception {
        String id = login("alice", "alice");
        clock.advance(Duration.ofMinutes(LIFETIME + 5));
        sessions.refresh(id);
        assertEquals("simple/alice", sessions.caller(id).userName());
    }

    @Test
    void logoutDeletesTheSessionAndWorksOnExpiredOnes() throws Exception {
        String id = login("alice", "alice");
        sessions.logout(id);
        String unknown = "Unable to find user by sessionid: " + id;
        assertIcatError(IcatErrorType.SESSION, unknown, () -> sessions.caller(id));
        assertIcatError(IcatErrorType.SESSION, unknown, () -> sessions.logout(id));
        assertIcatError(IcatErrorType.SESSION, unknown, () -> sessions.refresh(id));

        String expired = login("alice", "alice");
        clock.advance(Duration.ofMinutes(LIFETIME + 1));
        sessions.logout(expired);
        assertFalse(sessions.isLoggedIn("simple/alice"));
    }

    @Test
    void emptySessionIdsAreRejectedBeforeTheDatabase() {
        for (String id : new String[] {null, ""}) {
            assertIcatError(IcatErrorType.SESSION, "Session Id cannot be null or empty.", () -> sessions.caller(id));
            assertIcatError(IcatErrorType.SESSION, "Session Id cannot be null or empty.", () -> sessions.refresh(id));
            assertIcatError(IcatErrorType.SESSION, "Session Id cannot be null or empty.", () -> sessions.logout(id));
        }
    }

    @Test
    void isLoggedInCountsUnpurgedExpiredSessions() throws Exception {
        assertFalse(sessions.isLoggedIn("simple/alice"));
        login("alice", "alice");
        assertTrue(sessions.isLoggedIn("simple/alice"));
        assertFalse(sessions.isLoggedIn("alice"), "the full name is compared");
        clock.advance(Duration.ofMinutes(LIFETIME + 1));
        assertTrue(sessions.isLoggedIn("simple/alice"));
        assertEquals(1, sessions.purgeExpired());
        assertFalse(sessions.isLoggedIn("simple/alice"));
    }

    @Test
    void purgeDeletesOnlyExpiredSessions() throws Exception {
        String old = login("alice", "alice");
        clock.advance(Duration.ofMinutes(LIFETIME / 2));
        String recent = login("root", "secret");
        clock.advance(Duration.ofMinutes(LIFETIME / 2 + 1));
        assertEquals(1, sessions.purgeExpired());
        assertEquals(0, sessions.purgeExpired());
        assertIcatError(IcatErrorType.SESSION, "Unable to find user by sessionid: " + old, () -> sessions.caller(old));
        assertEquals("simple/root", sessions.caller(recent).userName());
    }

    private String login(String user, String password) throws IcatServerException {
        return sessions.login("simple", Map.of("username", user, "password", password));
    }

    private static void assertIcatError(IcatErrorType type, String message, Executable call) {
        IcatServerException e = assertThrows(IcatServerException.class, call);
        assertEquals(type, e.type());
        assertEquals(message, e.getMessage());
    }

    /** An authenticator whose backend is down. */
    private static final class Unreachable implements Authenticator {

        @Override
        public String mnemonic() {
            return "down";
        }

        @Override
        public List<CredentialKey> keys() {
            return List.of();
        }

        @Override
        public AuthenticatedUser authenticate(Map<String, String> credentials) throws AuthenticatorUnavailable {
            throw new AuthenticatorUnavailable("connection refused", null);
        }
    }
}
