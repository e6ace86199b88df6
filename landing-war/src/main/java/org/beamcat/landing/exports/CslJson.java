package org.beamcat.landing.exports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.stream.Collectors;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.Subject;

/**
 * The record as CSL-JSON (citeproc's input, {@code application/vnd.citationstyles.csl+json}): one item of
 * type {@code dataset}, as DOI content negotiation answers it.
 */
public final class CslJson {

    private CslJson() {
    }

    public static JsonObject of(DoiMetadata m) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "dataset")
                .add("id", m.doi().resolverUrl())
                .add("DOI", m.doi().toString())
                .add("URL", m.doi().resolverUrl())
                .add("title", Exports.title(m))
                .add("publisher", m.publisher());
        JsonArrayBuilder authors = Json.createArrayBuilder();
        m.creators().forEach(a -> authors.add(name(a)));
        b.add("author", authors);
        if (m.publicationYear() != null) {
            b.add("issued", Json.createObjectBuilder().add("date-parts",
                    Json.createArrayBuilder().add(Json.createArrayBuilder().add(m.publicationYear()))));
        }
        Exports.description(m).ifPresent(d -> b.add("abstract", d));
        String keywords = m.subjects().stream().map(Subject::subject).collect(Collectors.joining(", "));
        if (!keywords.isEmpty()) {
            b.add("keyword", keywords);
        }
        if (m.types() != null && m.types().resourceType() != null) {
            b.add("genre", m.types().resourceType());
        }
        if (m.version() != null) {
            b.add("version", m.version());
        }
        if (m.language() != null) {
            b.add("language", m.language());
        }
        if (!m.rightsList().isEmpty()) {
            b.add("license", m.rightsList().get(0).rightsUri() != null ? m.rightsList().get(0).rightsUri()
                    : m.rightsList().get(0).rights());
        }
        return b.build();
    }

    /** A person as family/given, anything else as a literal name. */
    private static JsonObjectBuilder name(Agent a) {
        if (a.familyName() != null && a.givenName() != null) {
            return Json.createObjectBuilder().add("family", a.familyName()).add("given", a.givenName());
        }
        return Json.createObjectBuilder().add("literal", a.name());
    }
}
