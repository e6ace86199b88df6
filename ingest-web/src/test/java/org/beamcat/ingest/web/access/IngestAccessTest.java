package org.beamcat.ingest.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestAccessTest {

    /** The catalogue as the access checks see it, in memory. */
    static final class FakeSessions implements CatalogueSessions {
        final Map<String, String> users = new HashMap<>();
        final Set<String> members = new HashSet<>();
        int sessionChecks;
        boolean down;

        @Override
        public Optional<String> userName(String sessionId) {
            sessionChecks++;
            if (down) {
                throw new CatalogueUnavailableException("down", null);
            }
            return Optional.ofNullable(users.get(sessionId));
        }

        @Override
        public boolean isMember(String userName, String grouping) {
            return members.contains(grouping + "/" + userName);
        }
    }

    private final FakeSessions catalogue = new FakeSessions();
    private final ProducerTokens tokens = ProducerTokens.parse("key",
            "id11-bliss:" + HexFormat.of().formatHex(ProducerTokens.sha256("s3cret-of-id11")));
    private final IngestAccess access = new IngestAccess(tokens, catalogue, Set.of("simple/root"),
            Optional.of("ingest-producers"), Duration.ofMinutes(1));

    {
        catalogue.users.put("root-session", "simple/root");
        catalogue.users.put("alice-session", "simple/alice");
        catalogue.users.put("bob-session", "simple/bob");
        catalogue.members.add("ingest-producers/simple/bob");
    }

    @Test
    void noCredentialsAreUnauthenticated() {
        AccessRefusedException refused = assertThrows(AccessRefusedException.class,
                () -> access.requireProducer(Credentials.of(null, null, null)));
        assertFalse(refused.authenticated());
        assertFalse(assertThrows(AccessRefusedException.class,
                () -> access.requireProducer(Credentials.of("Basic Z3Vlc3Q6Z3Vlc3Q=", " ", ""))).authenticated(),
                "another scheme is no credential");
    }

    @Test
    void aConfiguredSecretIsItsProducerAndAnyOtherIsUnauthenticated() {
        assertEquals(new Caller("id11-bliss", Caller.Kind.PRODUCER_TOKEN),
                access.requireProducer(Credentials.of("Bearer s3cret-of-id11", null, null)));
        assertEquals("id11-bliss", access.requireProducer(Credentials.of("bearer  s3cret-of-id11 ", null, null)).name());
        assertFalse(assertThrows(AccessRefusedException.class,
                () -> access.requireProducer(Credentials.of("Bearer s3cret-of-id1", null, null))).authenticated());
        assertEquals(0, catalogue.sessionChecks, "a secret is checked without the catalogue");
    }

    @Test
    void rootUsersAndGroupingMembersIngestOthersAreForbidden() {
        assertEquals("simple/root", access.requireProducer(Credentials.of(null, "root-session", null)).name());
        assertEquals("simple/bob", access.requireProducer(Credentials.of(null, null, "bob-session")).name());
        AccessRefusedException alice = assertThrows(AccessRefusedException.class,
                () -> access.requireProducer(Credentials.of(null, "alice-session", null)));
        assertTrue(alice.authenticated(), "alice is known: 403");
        assertFalse(assertThrows(AccessRefusedException.class,
                () -> access.requireProducer(Credentials.of(null, "no-such-session", null))).authenticated());
    }

    @Test
    void acceptedSessionsAreRememberedRefusalsAreNot() {
        access.requireProducer(Credentials.of(null, "bob-session", null));
        access.requireProducer(Credentials.of(null, "bob-session", null));
        assertEquals(1, catalogue.sessionChecks);
        assertThrows(AccessRefusedException.class, () -> access.requireProducer(Credentials.of(null, "alice-session", null)));
        assertThrows(AccessRefusedException.class, () -> access.requireProducer(Credentials.of(null, "alice-session", null)));
        assertEquals(3, catalogue.sessionChecks);
    }

    @Test
    void anUnreachableCatalogueIsNotARefusal() {
        catalogue.down = true;
        assertThrows(CatalogueUnavailableException.class,
                () -> access.requireProducer(Credentials.of(null, "root-session", null)));
    }

    @Test
    void deadLettersNeedARootSession() {
        assertEquals("simple/root", access.requireOperator(Credentials.of(null, "root-session", null)).name());
        assertTrue(assertThrows(AccessRefusedException.class,
                () -> access.requireOperator(Credentials.of(null, "bob-session", null))).authenticated(),
                "a producer by grouping is no operator");
        assertTrue(assertThrows(AccessRefusedException.class,
                () -> access.requireOperator(Credentials.of("Bearer s3cret-of-id11", null, null))).authenticated(),
                "nor is a sequencer");
        assertFalse(assertThrows(AccessRefusedException.class,
                () -> access.requireOperator(Credentials.of(null, null, null))).authenticated());
    }
}
