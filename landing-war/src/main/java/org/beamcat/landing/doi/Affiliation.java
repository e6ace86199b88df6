package org.beamcat.landing.doi;

/** The organisation a creator or contributor worked for; free text, optionally with a ROR id. */
public record Affiliation(String name, String affiliationIdentifier, String affiliationIdentifierScheme,
        String schemeUri) {

    public static Affiliation named(String name) {
        return new Affiliation(name, null, null, null);
    }

    public static Affiliation ror(String name, String rorUrl) {
        return new Affiliation(name, rorUrl, "ROR", "https://ror.org");
    }
}
