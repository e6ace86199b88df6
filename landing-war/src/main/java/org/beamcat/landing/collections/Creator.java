package org.beamcat.landing.collections;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;

/**
 * An author of a data collection as the form gives it. Blank optional parts are empty strings, never null.
 *
 * @param orcid bare {@code 0000-0000-0000-0000} form once checked (the form also accepts the orcid.org URL)
 */
public record Creator(String givenName, String familyName, String orcid, String affiliation) {

    public Creator {
        givenName = clean(givenName);
        familyName = clean(familyName);
        orcid = clean(orcid).replaceFirst("^https?://orcid\\.org/", "").toUpperCase(java.util.Locale.ROOT);
        affiliation = clean(affiliation);
    }

    /** "Family, Given" as DataCite and citations write a person, or the family name alone. */
    public String name() {
        return givenName.isEmpty() ? familyName : familyName + ", " + givenName;
    }

    /** An all-empty row of the form, which is ignored rather than reported. */
    public boolean isBlank() {
        return givenName.isEmpty() && familyName.isEmpty() && orcid.isEmpty() && affiliation.isEmpty();
    }

    /** The {@code doi.creators} element shared with the landing pages. */
    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name()).add("familyName", familyName);
        if (!givenName.isEmpty()) {
            b.add("givenName", givenName);
        }
        if (!orcid.isEmpty()) {
            b.add("orcid", orcid);
        }
        if (!affiliation.isEmpty()) {
            b.add("affiliation", affiliation);
        }
        return b.build();
    }

    private static String clean(String text) {
        return Optional.ofNullable(text).map(String::strip).orElse("");
    }
}
