package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.registration.InvestigationSync.Outcome;
import org.beamcat.ingest.registration.InvestigationSync.Synced;
import org.beamcat.messages.InvestigationMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** InvestigationSync against the in-memory catalogue: create, update, adopt, link, races and refusals. */
class InvestigationSyncTest {

    private static final long ESRF = 1;
    private static final long ID15 = 15;
    private static final long ID11 = 11;
    private static final OffsetDateTime MON = OffsetDateTime.parse("2026-08-03T08:00:00Z");
    private static final OffsetDateTime WED = OffsetDateTime.parse("2026-08-05T08:00:00Z");

    private final InMemoryInvestigationCatalogue catalogue = new InMemoryInvestigationCatalogue();
    private final InvestigationSync sync = new InvestigationSync(catalogue);

    @BeforeEach
    void facility() {
        catalogue.instrument(ID15, "ID15", ESRF);
        catalogue.instrument(ID11, "ID11", ESRF);
        catalogue.type(ESRF, InvestigationSync.INVESTIGATION_TYPE);
    }

    @Test
    void aNewSessionIsCreatedOnItsBeamlineWithTheDerivedVisitId() throws Exception {
        Synced synced = sync.sync(new InvestigationMessage("MA-1", "id15", null, MON, WED));
        assertEquals(Outcome.CREATED, synced.outcome());
        InMemoryInvestigationCatalogue.Session session = catalogue.sessions.get(synced.investigationId());
        assertEquals("id15-20260803", session.visitId);
        assertEquals(Set.of(ID15), session.instruments);
        assertEquals(WED, session.end);
    }

    @Test
    void theSameMessageTwiceChangesNothingTheSecondTime() throws Exception {
        InvestigationMessage message = new InvestigationMessage("MA-1", "ID15", "777", MON, WED);
        long id = sync.sync(message).investigationId();
        int writes = catalogue.writes;
        assertEquals(new Synced(id, Outcome.UNCHANGED), sync.sync(message));
        assertEquals(writes, catalogue.writes, "no write for an unchanged session");
        assertEquals(1, catalogue.sessions.size());
    }

    @Test
    void aRescheduledSessionFollowsTheMessageAndAnOpenEndKeepsTheKnownEnd() throws Exception {
        long id = sync.sync(new InvestigationMessage("MA-1", "ID15", "777", MON, WED)).investigationId();
        Synced moved = sync.sync(new InvestigationMessage("MA-1", "ID15", "777", MON.plusHours(6), null));
        assertEquals(new Synced(id, Outcome.UPDATED), moved);
        assertEquals(MON.plusHours(6), catalogue.sessions.get(id).start);
        assertEquals(WED, catalogue.sessions.get(id).end);
    }

    @Test
    void aSessionCreatedBeforeThePortalIdIsAdopted() throws Exception {
        InMemoryInvestigationCatalogue.Session keyless = catalogue.session(ESRF, "MA-1", "id15-20260803", MON, WED, ID15);
        Synced synced = sync.sync(new InvestigationMessage("MA-1", "ID15", "777", MON, WED));
        assertEquals(new Synced(keyless.id, Outcome.UPDATED), synced);
        assertEquals("777", keyless.visitId);
        assertEquals(1, catalogue.sessions.size());
    }

    @Test
    void aSessionNotYetOnTheBeamlineIsLinkedToIt() throws Exception {
        InMemoryInvestigationCatalogue.Session other = catalogue.session(ESRF, "MA-1", "777", MON, WED, ID11);
        assertEquals(new Synced(other.id, Outcome.UPDATED), sync.sync(new InvestigationMessage("MA-1", "ID15", "777",
                MON, WED)));
        assertEquals(Set.of(ID11, ID15), other.instruments);
    }

    @Test
    void anUnknownOrAmbiguousBeamlineIsRefusedBeforeAnyWrite() {
        RegistrationRejected unknown = assertThrows(RegistrationRejected.class,
                () -> sync.sync(new InvestigationMessage("MA-1", "BM99", null, MON, WED)));
        assertTrue(unknown.getMessage().contains("unknown instrument BM99"), unknown.getMessage());
        catalogue.instrument(99, "id15", ESRF);
        RegistrationRejected twice = assertThrows(RegistrationRejected.class,
                () -> sync.sync(new InvestigationMessage("MA-1", "ID15", null, MON, WED)));
        assertTrue(twice.getMessage().contains("2 instruments are named ID15"), twice.getMessage());
        assertEquals(0, catalogue.writes);
    }

    @Test
    void aFacilityWithoutTheInvestigationTypeIsRefused() {
        catalogue.type(ESRF, "commissioning");
        RegistrationRejected e = assertThrows(RegistrationRejected.class,
                () -> sync.sync(new InvestigationMessage("MA-1", "ID15", null, MON, WED)));
        assertTrue(e.getMessage().contains("InvestigationType named experiment"), e.getMessage());
    }

    @Test
    void aDuplicateCreatedMeanwhileIsUpdatedInsteadOfFailing() throws Exception {
        // the racing duplicate message's session appears between the search and the create
        catalogue.nextCreateFails = new IcatException(IcatErrorType.OBJECT_ALREADY_EXISTS, "exists", -1);
        InvestigationMessage message = new InvestigationMessage("MA-1", "ID15", "777", MON, WED);
        InMemoryInvestigationCatalogue.Session[] raced = new InMemoryInvestigationCatalogue.Session[1];
        InvestigationSync racing = new InvestigationSync(new InvestigationCatalogue() {
            @Override public java.util.List<Instrument> instruments() { return catalogue.instruments(); }
            @Override public long facilityOfInstrument(long id) { return catalogue.facilityOfInstrument(id); }
            @Override public java.util.List<SessionMatch.Candidate> sessions(long f, String p, long i) {
                return catalogue.sessions(f, p, i);
            }
            @Override public java.util.Optional<Long> investigationType(long f, String n) {
                return catalogue.investigationType(f, n);
            }
            @Override public long create(NewSession s) throws IcatException {
                raced[0] = catalogue.session(ESRF, "MA-1", "777", MON, WED.plusDays(1), ID15);
                return catalogue.create(s);
            }
            @Override public void change(SessionChange c) { catalogue.change(c); }
        });
        catalogue.nextCreateFails = null;
        Synced synced = racing.sync(message);
        assertEquals(new Synced(raced[0].id, Outcome.UPDATED), synced);
        assertEquals(WED, raced[0].end, "the message's dates win");
        assertEquals(1, catalogue.sessions.size());
    }

    @Test
    void permanentCatalogueErrorsBecomeRejectionsAndOthersStayRetryable() {
        catalogue.nextCreateFails = new IcatException(IcatErrorType.VALIDATION, "title too long", -1);
        assertThrows(RegistrationRejected.class, () -> sync.sync(new InvestigationMessage("MA-1", "ID15", null, MON, WED)));
        IcatException down = new IcatException(IcatErrorType.INTERNAL, "database down", -1);
        catalogue.nextCreateFails = down;
        assertSame(down, assertThrows(IcatException.class,
                () -> sync.sync(new InvestigationMessage("MA-1", "ID15", null, MON, WED))));
    }
}
