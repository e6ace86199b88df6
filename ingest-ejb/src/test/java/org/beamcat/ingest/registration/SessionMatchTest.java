package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.beamcat.messages.InvestigationMessage;
import org.junit.jupiter.api.Test;

/** Which existing session an investigation message names, in particular when the portal's id comes late. */
class SessionMatchTest {

    private static final OffsetDateTime MON = OffsetDateTime.parse("2026-08-03T08:00:00Z");
    private static final OffsetDateTime WED = OffsetDateTime.parse("2026-08-05T08:00:00Z");

    @Test
    void theSessionKeyWinsWhereverItIs() throws Exception {
        SessionMatch.Candidate keyed = new SessionMatch.Candidate(2, "777", WED, null, true);
        assertEquals(Optional.of(keyed), SessionMatch.choose(List.of(session(1, "id15-20260803", MON, WED), keyed),
                portal("777", MON, WED)));
    }

    @Test
    void aPortalIdAdoptsTheSessionCreatedWithoutOneWhenTheWindowsOverlap() throws Exception {
        SessionMatch.Candidate keyless = session(1, "id15-20260803", MON, WED);
        assertEquals(Optional.of(keyless), SessionMatch.choose(List.of(keyless), portal("777", MON, WED)),
                "same window");
        assertEquals(Optional.of(keyless), SessionMatch.choose(List.of(keyless),
                portal("777", MON.plusHours(6), WED.plusHours(6))), "rescheduled by some hours, still overlapping");
        assertEquals(Optional.empty(), SessionMatch.choose(List.of(keyless), portal("777", WED.plusDays(1),
                WED.plusDays(2))), "a later session of the proposal is another session");
    }

    @Test
    void anOpenEndedSessionIsAdoptedOnlyByAWindowContainingItsStart() throws Exception {
        SessionMatch.Candidate open = session(1, "id15-20260803", MON, null);
        assertTrue(SessionMatch.choose(List.of(open), portal("777", MON.minusHours(1), WED)).isPresent());
        assertFalse(SessionMatch.choose(List.of(open), portal("777", MON.plusHours(1), WED)).isPresent());
    }

    @Test
    void neverTakesASessionAnotherPortalIdOwnsOrOnAnotherBeamline() throws Exception {
        assertEquals(Optional.empty(), SessionMatch.choose(List.of(session(1, "555", MON, WED)),
                portal("777", MON, WED)), "owned by portal id 555");
        assertEquals(Optional.empty(), SessionMatch.choose(List.of(new SessionMatch.Candidate(1, "id15-20260803", MON,
                WED, false)), portal("777", MON, WED)), "not on the beamline");
        assertEquals(Optional.empty(), SessionMatch.choose(List.of(session(1, "id11-20260803", MON, WED)),
                portal("777", MON, WED)), "a key derived for another beamline");
    }

    @Test
    void severalCandidatesPreferTheSameStartElseAreRefused() throws Exception {
        SessionMatch.Candidate first = session(1, "id15-20260803", MON, WED);
        SessionMatch.Candidate second = session(2, "id15-20260804", MON.plusDays(1), WED);
        assertEquals(Optional.of(second), SessionMatch.choose(List.of(first, second),
                portal("777", MON.plusDays(1), WED)));
        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> SessionMatch.choose(List.of(first, second), portal("777", MON.plusHours(12), WED)));
        assertTrue(refused.getMessage().contains("cannot choose"), refused.getMessage());
    }

    @Test
    void withoutAPortalIdTheSameStartOnTheBeamlineIsTheSession() throws Exception {
        SessionMatch.Candidate portal = session(1, "777", MON, WED);
        assertEquals(Optional.of(portal), SessionMatch.choose(List.of(portal),
                new InvestigationMessage("MA-1", "ID15", null, MON, null)));
        assertEquals(Optional.empty(), SessionMatch.choose(List.of(portal),
                new InvestigationMessage("MA-1", "ID15", null, MON.plusHours(1), null)));
    }

    @Test
    void derivedKeysAreRecognised() {
        assertTrue(SessionKey.isDerived("id15-20260803", "ID15"));
        assertFalse(SessionKey.isDerived("id15-2026080", "ID15"));
        assertFalse(SessionKey.isDerived("id15-2026080x", "ID15"));
        assertFalse(SessionKey.isDerived("7654321", "ID15"));
        assertFalse(SessionKey.isDerived(null, "ID15"));
    }

    private static SessionMatch.Candidate session(long id, String visitId, OffsetDateTime start, OffsetDateTime end) {
        return new SessionMatch.Candidate(id, visitId, start, end, true);
    }

    private static InvestigationMessage portal(String id, OffsetDateTime start, OffsetDateTime end) {
        return new InvestigationMessage("MA-1", "ID15", id, start, end);
    }
}
