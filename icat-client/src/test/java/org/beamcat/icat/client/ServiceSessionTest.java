package org.beamcat.icat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServiceSessionTest {

    private final AtomicInteger logins = new AtomicInteger();
    private final ServiceSession session = new ServiceSession(() -> "s" + logins.incrementAndGet());

    @Test
    void logsInOnceAndReusesTheSession() throws Exception {
        assertEquals("s1", session.call(id -> id));
        assertEquals("s1", session.call(id -> id));
        assertEquals(1, logins.get());
    }

    @Test
    void aGoneSessionIsReplacedAndTheCallRunsOnceMore() throws Exception {
        session.call(id -> id);
        List<String> seen = new ArrayList<>();
        String result = session.call(id -> {
            seen.add(id);
            if (id.equals("s1")) {
                throw new IcatException(IcatErrorType.SESSION, "Session id:s1 has expired", -1);
            }
            return "done with " + id;
        });
        assertEquals("done with s2", result);
        assertEquals(List.of("s1", "s2"), seen);
        assertEquals("s2", session.call(id -> id), "the new session is kept");
    }

    @Test
    void otherErrorsAreNotRetried() {
        IcatException denied = new IcatException(IcatErrorType.INSUFFICIENT_PRIVILEGES, "no", -1);
        AtomicInteger calls = new AtomicInteger();
        IcatException thrown = assertThrows(IcatException.class, () -> session.call(id -> {
            calls.incrementAndGet();
            throw denied;
        }));
        assertSame(denied, thrown);
        assertEquals(1, calls.get());
    }

    @Test
    void aSessionThatStaysGoneFailsAfterOneRetry() {
        AtomicInteger calls = new AtomicInteger();
        IcatException thrown = assertThrows(IcatException.class, () -> session.call(id -> {
            calls.incrementAndGet();
            throw new IcatException(IcatErrorType.SESSION, "refused", -1);
        }));
        assertEquals(IcatErrorType.SESSION, thrown.type());
        assertEquals(2, calls.get());
        assertEquals(2, logins.get());
    }

    @Test
    void refreshResetsTheCurrentSessionAndDoesNotLogIn() throws Exception {
        List<String> refreshed = new ArrayList<>();
        session.refresh(refreshed::add);
        assertEquals(List.of(), refreshed, "no session yet: nothing to refresh, no login");
        assertEquals(0, logins.get());
        session.call(id -> id);
        session.refresh(refreshed::add);
        assertEquals(List.of("s1"), refreshed);
        assertEquals("s1", session.call(id -> id));
    }

    @Test
    void aSessionFoundGoneOnRefreshIsReplacedByTheNextCall() throws Exception {
        session.call(id -> id);
        session.refresh(id -> {
            throw new IcatException(IcatErrorType.SESSION, "gone", -1);
        });
        assertEquals("s2", session.call(id -> id));
    }

    @Test
    void otherRefreshErrorsReachTheCaller() throws Exception {
        session.call(id -> id);
        IcatException down = new IcatException(IcatErrorType.INTERNAL, "down", -1);
        assertSame(down, assertThrows(IcatException.class, () -> session.refresh(id -> {
            throw down;
        })));
        assertEquals("s1", session.call(id -> id), "the session is kept");
    }
}
