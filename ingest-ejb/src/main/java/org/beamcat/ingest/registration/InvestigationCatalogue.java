package org.beamcat.ingest.registration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;

/**
 * What {@link InvestigationSync} needs from the catalogue, and nothing more: instruments, the sessions of a
 * proposal, the investigation type, and the two writes. One adapter over icat-client
 * ({@link IcatInvestigationCatalogue}); an in-memory fake in the unit tests.
 */
public interface InvestigationCatalogue {

    record Instrument(long id, String name) {
    }

    /** A session to create: an Investigation with its InvestigationInstrument. {@code end} may be null. */
    record NewSession(String proposal, String visitId, String title, OffsetDateTime start, OffsetDateTime end,
            long facilityId, long typeId, long instrumentId) {
    }

    /**
     * Changes to an existing session, written in one call: new dates (when {@code start} is set; {@code end}
     * null keeps the known end), a new visitId (null: unchanged), a beamline to link (null: none).
     */
    record SessionChange(long id, OffsetDateTime start, OffsetDateTime end, String visitId, Long linkInstrument) {
    }

    /** Every instrument, by id. */
    List<Instrument> instruments() throws IcatException;

    long facilityOfInstrument(long instrumentId) throws IcatException;

    /** The facility's investigations of that name (by id), each with whether it is on that instrument. */
    List<SessionMatch.Candidate> sessions(long facilityId, String proposal, long instrumentId) throws IcatException;

    Optional<Long> investigationType(long facilityId, String name) throws IcatException;

    /** Creates the session; OBJECT_ALREADY_EXISTS when a session with that name and visitId exists. */
    long create(NewSession session) throws IcatException;

    void change(SessionChange change) throws IcatException;
}
