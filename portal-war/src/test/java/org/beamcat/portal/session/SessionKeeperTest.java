package org.beamcat.portal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.portal.catalogue.InMemoryPortalCatalogue;
import org.beamcat.portal.catalogue.InMemoryPortalCatalogue.Inv;
import org.beamcat.support.testing.ManualClock;
import org.junit.jupiter.api.Test;

class SessionKeeperTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final InMemoryPortalCatalogue catalogue = new InMemoryPortalCatalogue().user("alice", "alice")
            .root("root", "root")
            .investigation(new Inv(1, "MA-4321", "mine", Instant.EPOCH, Instant.now().plus(9, ChronoUnit.DAYS), Set.of("simple/alice")))
            .investigation(new Inv(2, "ES-1234", "bob's", Instant.EPOCH, Instant.now().plus(9, ChronoUnit.DAYS), Set.of("simple/bob")))
            .investigation(new Inv(3, "OPEN-1", "released", Instant.EPOCH, Instant.now().minus(9, ChronoUnit.DAYS), Set.of("simple/alice")));
    private final SessionKeeper keeper = new SessionKeeper(catalogue, Duration.ofMinutes(5), "anon", clock);

    @Test
    void aMemberLogsInWithTheKeysHerAuthenticatorAsksFor() throws Exception {
        LoggedIn alice = keeper.logIn("simple", Map.of("username", "alice", "password", "alice", "extra", "ignored"));
        assertEquals("simple/alice", alice.caller().userName());
        assertEquals("alice", alice.displayName());
        assertFalse(alice.anonymous());
        assertFalse(alice.seesEverything(), "alice reads only her own and released investigations");
        assertFalse(alice.toString().contains(alice.caller().sessionId()), "the session id never reaches a log");
    }

    @Test
    void rootIsOfferedEverything() throws Exception {
        assertTrue(keeper.logIn("simple", Map.of("username", "root", "password", "root")).seesEverything());
    }

    @Test
    void theAnonymousAuthenticatorNeedsNoFormAndBrowsesPublicData() throws Exception {
        LoggedIn guest = keeper.logIn("anon", Map.of());
        assertTrue(guest.anonymous());
        assertFalse(guest.seesEverything());
    }

    @Test
    void wrongOrMissingCredentialsAndUnofferedAuthenticatorsAreRefused() {
        assertThrows(LoginRefused.class, () -> keeper.logIn("simple", Map.of("username", "alice", "password", "bob")));
        assertThrows(LoginRefused.class, () -> keeper.logIn("ldap", Map.of("username", "alice", "password", "alice")));
        int before = catalogue.logins;
        assertThrows(LoginRefused.class, () -> keeper.logIn("simple", Map.of("username", "alice")));
        assertThrows(LoginRefused.class, () -> keeper.logIn("simple", Map.of("username", "alice", "password", "")));
        assertThrows(LoginRefused.class, () -> keeper.logIn("simple",
                Map.of("username", "alice", "password", "x".repeat(SessionKeeper.MAX_CREDENTIAL_LENGTH + 1))));
        assertEquals(before, catalogue.logins, "incomplete forms never reach the catalogue");
    }

    @Test
    void theCatalogueSessionIsRefreshedOnlyWhenTheIntervalHasPassed() throws Exception {
        LoggedIn alice = keeper.logIn("simple", Map.of("username", "alice", "password", "alice"));
        clock.advance(Duration.ofMinutes(4));
        assertSame(alice, keeper.keepAlive(alice).orElseThrow());
        assertEquals(0, catalogue.refreshes);
        clock.advance(Duration.ofMinutes(2));
        LoggedIn refreshed = keeper.keepAlive(alice).orElseThrow();
        assertEquals(1, catalogue.refreshes);
        assertEquals(clock.instant(), refreshed.refreshedAt());
        assertSame(refreshed, keeper.keepAlive(refreshed).orElseThrow());
        assertEquals(1, catalogue.refreshes);
    }

    @Test
    void anExpiredCatalogueSessionEndsThePortalSession() throws Exception {
        LoggedIn alice = keeper.logIn("simple", Map.of("username", "alice", "password", "alice"));
        catalogue.expire(alice.caller());
        clock.advance(Duration.ofMinutes(6));
        assertEquals(Optional.empty(), keeper.keepAlive(alice));
    }

    @Test
    void logoutEndsTheCatalogueSession() throws Exception {
        LoggedIn alice = keeper.logIn("simple", Map.of("username", "alice", "password", "alice"));
        keeper.logOut(alice);
        assertEquals(1, catalogue.logouts);
        clock.advance(Duration.ofMinutes(6));
        assertEquals(Optional.empty(), keeper.keepAlive(alice));
        keeper.logOut(alice); // twice is harmless
    }
}
