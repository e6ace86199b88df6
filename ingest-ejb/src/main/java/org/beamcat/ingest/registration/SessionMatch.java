package org.beamcat.ingest.registration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.beamcat.messages.InvestigationMessage;

/**
 * Which existing session of the proposal an {@code investigation} message describes, among the proposal's
 * investigations in the beamline's facility:
 *
 * <ol>
 * <li>the one whose {@code visitId} is the message's {@link SessionKey session key};</li>
 * <li>for a message without the portal's id: the first on the beamline that starts at the same instant;</li>
 * <li>for a message with the portal's id: a session created before the id was known (its visitId is the
 * derived {@code <beamline>-<day>} of this beamline, so no portal id owns it yet) on the beamline whose
 * window overlaps the message's. It is adopted: it takes the portal id as visitId. Overlap rather than
 * the same start, because the portal sends its id with the session's scheduled dates, which may have been
 * moved since the first message; only sessions without a portal id are candidates, so a session another
 * portal id owns is never taken. Several overlapping candidates: the one starting at the same instant,
 * else the message is refused (no guess).</li>
 * </ol>
 *
 * A window is start..end; an open end counts as the start instant, so an open-ended session is adopted
 * only by a message whose window contains its start.
 */
final class SessionMatch {

    /** An existing investigation of the proposal. */
    record Candidate(long id, String visitId, OffsetDateTime start, OffsetDateTime end, boolean onBeamline) {
    }

    private SessionMatch() {
    }

    static Optional<Candidate> choose(List<Candidate> sessions, InvestigationMessage message)
            throws RegistrationRejected {
        String key = SessionKey.visitId(message);
        for (Candidate session : sessions) {
            if (key.equals(session.visitId())) {
                return Optional.of(session);
            }
        }
        if (message.investigationIdIfAny().isEmpty()) {
            return sessions.stream().filter(s -> s.onBeamline() && sameInstant(s.start(), message.startDate()))
                    .findFirst();
        }
        List<Candidate> keyless = sessions.stream()
                .filter(s -> s.onBeamline() && SessionKey.isDerived(s.visitId(), message.beamline()) && overlaps(s, message))
                .toList();
        if (keyless.size() <= 1) {
            return keyless.stream().findFirst();
        }
        List<Candidate> sameStart = keyless.stream().filter(s -> sameInstant(s.start(), message.startDate())).toList();
        if (sameStart.size() == 1) {
            return Optional.of(sameStart.get(0));
        }
        throw new RegistrationRejected(keyless.size() + " sessions of " + message.proposal() + " on "
                + message.beamline() + " without a portal id overlap " + message.startDate() + ".."
                + message.endDateIfAny().map(Object::toString).orElse("(open)") + " (visitIds "
                + keyless.stream().map(Candidate::visitId).toList() + "); cannot choose which is portal session "
                + key);
    }

    static boolean overlaps(Candidate session, InvestigationMessage message) {
        if (session.start() == null) {
            return false;
        }
        OffsetDateTime sessionEnd = session.end() == null ? session.start() : session.end();
        OffsetDateTime messageEnd = message.endDateIfAny().orElse(message.startDate());
        return !session.start().isAfter(messageEnd) && !message.startDate().isAfter(sessionEnd);
    }

    static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null || b == null ? Objects.equals(a, b) : a.toInstant().equals(b.toInstant());
    }
}
