package org.beamcat.ingest.registration;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;

/** {@link InvestigationCatalogue} in memory, with the catalogue's uniqueness of (facility, name, visitId). */
final class InMemoryInvestigationCatalogue implements InvestigationCatalogue {

    static final class Session {
        final long id;
        final long facilityId;
        final String name;
        String visitId;
        OffsetDateTime start;
        OffsetDateTime end;
        final Set<Long> instruments = new TreeSet<>();

        Session(long id, long facilityId, String name, String visitId, OffsetDateTime start, OffsetDateTime end) {
            this.id = id;
            this.facilityId = facilityId;
            this.name = name;
            this.visitId = visitId;
            this.start = start;
            this.end = end;
        }
    }

    private final Map<Long, Instrument> instruments = new LinkedHashMap<>();
    private final Map<Long, Long> instrumentFacility = new LinkedHashMap<>();
    private final Map<Long, String> types = new LinkedHashMap<>();
    final Map<Long, Session> sessions = new LinkedHashMap<>();
    int writes;
    /** When set, the next create fails with it (after storing the session, as a racing duplicate would). */
    IcatException nextCreateFails;
    private long nextId = 100;

    void instrument(long id, String name, long facility) {
        instruments.put(id, new Instrument(id, name));
        instrumentFacility.put(id, facility);
    }

    void type(long facility, String name) {
        types.put(facility, name);
    }

    Session session(long facility, String name, String visitId, OffsetDateTime start, OffsetDateTime end,
            long... instrumentIds) {
        Session session = new Session(nextId++, facility, name, visitId, start, end);
        for (long instrument : instrumentIds) {
            session.instruments.add(instrument);
        }
        sessions.put(session.id, session);
        return session;
    }

    @Override
    public List<Instrument> instruments() {
        return new ArrayList<>(instruments.values());
    }

    @Override
    public long facilityOfInstrument(long instrumentId) {
        return instrumentFacility.get(instrumentId);
    }

    @Override
    public List<SessionMatch.Candidate> sessions(long facilityId, String proposal, long instrumentId) {
        return sessions.values().stream().filter(s -> s.facilityId == facilityId && s.name.equals(proposal))
                .map(s -> new SessionMatch.Candidate(s.id, s.visitId, s.start, s.end, s.instruments.contains(instrumentId)))
                .toList();
    }

    @Override
    public Optional<Long> investigationType(long facilityId, String name) {
        return name.equals(types.get(facilityId)) ? Optional.of(500 + facilityId) : Optional.empty();
    }

    @Override
    public long create(NewSession s) throws IcatException {
        if (nextCreateFails != null) {
            IcatException failure = nextCreateFails;
            nextCreateFails = null;
            throw failure;
        }
        boolean taken = sessions.values().stream().anyMatch(x -> x.facilityId == s.facilityId()
                && x.name.equals(s.proposal()) && x.visitId.equals(s.visitId()));
        if (taken) {
            throw new IcatException(IcatErrorType.OBJECT_ALREADY_EXISTS, "Investigation exists", -1);
        }
        writes++;
        return session(s.facilityId(), s.proposal(), s.visitId(), s.start(), s.end(), s.instrumentId()).id;
    }

    @Override
    public void change(SessionChange change) {
        writes++;
        Session session = sessions.get(change.id());
        if (change.start() != null) {
            session.start = change.start();
            if (change.end() != null) {
                session.end = change.end();
            }
        }
        if (change.visitId() != null) {
            session.visitId = change.visitId();
        }
        if (change.linkInstrument() != null) {
            session.instruments.add(change.linkInstrument());
        }
    }
}
