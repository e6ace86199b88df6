package org.beamcat.landing.doi;

/** A licence or rights statement, ideally with its SPDX identifier. */
public record Rights(String rights, String rightsUri, String rightsIdentifier, String rightsIdentifierScheme,
        String schemeUri) {

    /** The licence ESRF data are opened under when the embargo ends. */
    public static Rights ccBy4() {
        return new Rights("Creative Commons Attribution 4.0 International",
                "https://creativecommons.org/licenses/by/4.0/legalcode", "cc-by-4.0", "SPDX",
                "https://spdx.org/licenses/");
    }
}
