package org.beamcat.landing.doi;

import java.util.ArrayList;
import java.util.List;

/**
 * A person or organisation as DataCite names creators and contributors.
 *
 * @param name     "Family, Given" for a person, the full name for an organisation (mandatory)
 * @param nameType {@code Personal} or {@code Organizational}
 */
public record Agent(String name, String nameType, String givenName, String familyName,
        List<NameIdentifier> nameIdentifiers, List<Affiliation> affiliations) {

    public static final String PERSONAL = "Personal";
    public static final String ORGANIZATIONAL = "Organizational";

    public Agent {
        nameIdentifiers = Lists.copy(nameIdentifiers);
        affiliations = Lists.copy(affiliations);
    }

    public static Agent person(String familyName, String givenName) {
        return new Agent(familyName + ", " + givenName, PERSONAL, givenName, familyName, List.of(), List.of());
    }

    public static Agent organisation(String name) {
        return new Agent(name, ORGANIZATIONAL, null, null, List.of(), List.of());
    }

    public Agent withOrcid(String orcid) {
        return withNameIdentifier(NameIdentifier.orcid(orcid));
    }

    public Agent withNameIdentifier(NameIdentifier identifier) {
        List<NameIdentifier> more = new ArrayList<>(nameIdentifiers);
        more.add(identifier);
        return new Agent(name, nameType, givenName, familyName, more, affiliations);
    }

    public Agent withAffiliation(Affiliation affiliation) {
        List<Affiliation> more = new ArrayList<>(affiliations);
        more.add(affiliation);
        return new Agent(name, nameType, givenName, familyName, nameIdentifiers, more);
    }
}
