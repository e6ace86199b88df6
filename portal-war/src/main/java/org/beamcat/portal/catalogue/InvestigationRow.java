package org.beamcat.portal.catalogue;

import java.time.Instant;
import java.util.List;

/** An investigation in a list: enough to recognise it and open it. Dates may be null. */
public record InvestigationRow(long id, String name, String visitId, String title, Instant startDate, Instant endDate,
        Instant releaseDate, List<String> beamlines) {

    public InvestigationRow {
        beamlines = List.copyOf(beamlines);
    }
}
