package org.beamcat.ingest.registration;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.beamcat.messages.InvestigationMessage;

/** The visitId that identifies an experiment session within its proposal. */
public final class SessionKey {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private SessionKey() {
    }

    /**
     * The user portal's {@code investigationId} when the message has one (it survives rescheduling);
     * otherwise {@code <beamline in lower case>-<start day, UTC>}, e.g. {@code id11-20260312}.
     */
    public static String visitId(InvestigationMessage message) {
        return message.investigationIdIfAny().orElseGet(() -> prefix(message.beamline())
                + message.startDate().withOffsetSameInstant(ZoneOffset.UTC).format(DAY));
    }

    /** Whether the visitId is a key derived for this beamline ({@code <beamline>-<yyyyMMdd>}), not a portal id. */
    public static boolean isDerived(String visitId, String beamline) {
        String prefix = prefix(beamline);
        return visitId != null && visitId.length() == prefix.length() + 8 && visitId.startsWith(prefix)
                && visitId.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String prefix(String beamline) {
        return beamline.toLowerCase(Locale.ROOT) + "-";
    }
}
