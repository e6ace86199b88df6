package org.beamcat.portal.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * An investigation's page: what it is, who took part, what was measured on. The lists are bounded by the
 * adapter (an investigation with thousands of samples shows the first ones and says how many there are).
 */
public record InvestigationDetail(long id, String name, String visitId, String title, String summary, String type,
        String doi, Instant startDate, Instant endDate, Instant releaseDate, List<String> beamlines,
        List<Member> members, List<String> samples, long sampleCount, List<Parameter> parameters) {

    public InvestigationDetail {
        beamlines = List.copyOf(beamlines);
        members = List.copyOf(members);
        samples = List.copyOf(samples);
        parameters = List.copyOf(parameters);
    }

    /** A person on the investigation, with their role (PI, member…) when the catalogue has one. */
    public record Member(String name, String fullName, String role) {
    }

    /** A named value, with its units when it has some. */
    public record Parameter(String name, String value, String units) {
    }
}
