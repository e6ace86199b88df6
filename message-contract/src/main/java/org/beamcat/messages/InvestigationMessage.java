package org.beamcat.messages;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * "This experiment session exists": the {@code investigation} message of the {@code icatIngest} queue,
 * sent to synchronise a session from the user portal or to create a test session. Validated when built.
 *
 * @param proposal        proposal, XML {@code experiment}
 * @param beamline        beamline, XML {@code instrument}
 * @param investigationId the user portal's session id, or null when not given
 * @param startDate       session start, with offset
 * @param endDate         session end, with offset, or null when open-ended; not before {@code startDate}
 */
public record InvestigationMessage(String proposal, String beamline, String investigationId,
        OffsetDateTime startDate, OffsetDateTime endDate) implements IngestMessage {

    public InvestigationMessage {
        Problems problems = new Problems();
        proposal = FieldRules.name(problems, "investigation/experiment", proposal);
        beamline = FieldRules.name(problems, "investigation/instrument", beamline);
        investigationId = FieldRules.optionalName(problems, "investigation/investigationId", investigationId);
        startDate = FieldRules.requiredDate(problems, "investigation/startDate", startDate);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            problems.add("investigation/endDate", "must not be before startDate");
        }
        problems.throwIfAny();
    }

    public Optional<String> investigationIdIfAny() {
        return Optional.ofNullable(investigationId);
    }

    public Optional<OffsetDateTime> endDateIfAny() {
        return Optional.ofNullable(endDate);
    }
}
