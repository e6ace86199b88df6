package org.beamcat.landing.doi;

/** An identifier of a person or organisation, most often an ORCID iD. */
public record NameIdentifier(String nameIdentifier, String nameIdentifierScheme, String schemeUri) {

    public static final String ORCID = "ORCID";

    /** An ORCID iD given bare ({@code 0000-0002-9183-7206}) or as its URL; DataCite stores the URL. */
    public static NameIdentifier orcid(String id) {
        String bare = id.strip().replaceFirst("^https?://orcid\\.org/", "");
        return new NameIdentifier("https://orcid.org/" + bare, ORCID, "https://orcid.org");
    }

    public boolean isOrcid() {
        return ORCID.equalsIgnoreCase(nameIdentifierScheme);
    }
}
