package org.beamcat.landing.registrar.metadata;

/** A keyword, optionally from a named scheme (ESRF: "Proposal", "Proposal Type Description", "Instrument"). */
public record Subject(String subject, String subjectScheme, String schemeUri, String valueUri) {

    public static Subject keyword(String subject) {
        return new Subject(subject, null, null, null);
    }

    public static Subject inScheme(String subject, String subjectScheme) {
        return new Subject(subject, subjectScheme, null, null);
    }
}
