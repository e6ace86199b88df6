package org.beamcat.landing.doi;

/** A keyword, optionally from a named scheme (ESRF: "Proposal", "Proposal Type Description", "Instrument"). */
public record Subject(String subject, String subjectScheme, String schemeUri, String valueUri) {

    /** The proposal (experiment session) a record belongs to. */
    public static final String SCHEME_PROPOSAL = "Proposal";
    /** The kind of proposal, as the facility describes it. */
    public static final String SCHEME_PROPOSAL_TYPE = "Proposal Type Description";
    /** The beamline the data were measured on. */
    public static final String SCHEME_INSTRUMENT = "Instrument";

    public static Subject keyword(String subject) {
        return new Subject(subject, null, null, null);
    }

    public static Subject inScheme(String subject, String subjectScheme) {
        return new Subject(subject, subjectScheme, null, null);
    }
}
