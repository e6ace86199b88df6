package org.beamcat.landing.registrar.datacite;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import org.beamcat.landing.doi.Affiliation;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.AlternateIdentifier;
import org.beamcat.landing.doi.Contributor;
import org.beamcat.landing.doi.Description;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.FundingReference;
import org.beamcat.landing.doi.NameIdentifier;
import org.beamcat.landing.doi.RelatedIdentifier;
import org.beamcat.landing.doi.Rights;
import org.beamcat.landing.doi.Subject;
import org.beamcat.landing.doi.Title;
import org.beamcat.landing.doi.TypedDate;

/**
 * Writes {@link DoiMetadata} as the {@code attributes} of a DataCite REST API DOI (kernel-4 in JSON).
 *
 * <p>Every list is written even when empty, and absent optional values as {@code null}: on a {@code PUT}
 * DataCite leaves out attributes unchanged, so an update must say "none" to remove something.
 * Inside list items, absent values are simply left out.
 */
public final class DataCiteAttributes {

    static final String SCHEMA_VERSION = "http://datacite.org/schema/kernel-4";

    private DataCiteAttributes() {
    }

    public static JsonObject of(DoiMetadata m) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        b.add("doi", m.doi().toString());
        b.add("creators", array(m.creators(), DataCiteAttributes::agent));
        b.add("titles", array(m.titles(), DataCiteAttributes::title));
        b.add("publisher", m.publisher());
        b.add("publicationYear", m.publicationYear());
        b.add("types", Json.createObjectBuilder()
                .add("resourceTypeGeneral", m.types().resourceTypeGeneral())
                .add("resourceType", orNull(m.types().resourceType())));
        b.add("subjects", array(m.subjects(), DataCiteAttributes::subject));
        b.add("contributors", array(m.contributors(), DataCiteAttributes::contributor));
        b.add("dates", array(m.dates(), DataCiteAttributes::date));
        nullable(b, "language", m.language());
        b.add("alternateIdentifiers", array(m.alternateIdentifiers(), DataCiteAttributes::alternateIdentifier));
        b.add("relatedIdentifiers", array(m.relatedIdentifiers(), DataCiteAttributes::relatedIdentifier));
        b.add("rightsList", array(m.rightsList(), DataCiteAttributes::rights));
        b.add("descriptions", array(m.descriptions(), DataCiteAttributes::description));
        b.add("fundingReferences", array(m.fundingReferences(), DataCiteAttributes::fundingReference));
        nullable(b, "version", m.version());
        b.add("url", m.url().toString());
        b.add("schemaVersion", SCHEMA_VERSION);
        return b.build();
    }

    private static JsonObjectBuilder agent(Agent a) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        b.add("name", a.name());
        optional(b, "nameType", a.nameType());
        optional(b, "givenName", a.givenName());
        optional(b, "familyName", a.familyName());
        b.add("nameIdentifiers", array(a.nameIdentifiers(), DataCiteAttributes::nameIdentifier));
        // DataCite's JSON calls the list "affiliation", singular.
        b.add("affiliation", array(a.affiliations(), DataCiteAttributes::affiliation));
        return b;
    }

    private static JsonObjectBuilder nameIdentifier(NameIdentifier n) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        b.add("nameIdentifier", n.nameIdentifier());
        optional(b, "nameIdentifierScheme", n.nameIdentifierScheme());
        optional(b, "schemeUri", n.schemeUri());
        return b;
    }

    private static JsonObjectBuilder affiliation(Affiliation a) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        b.add("name", a.name());
        optional(b, "affiliationIdentifier", a.affiliationIdentifier());
        optional(b, "affiliationIdentifierScheme", a.affiliationIdentifierScheme());
        optional(b, "schemeUri", a.schemeUri());
        return b;
    }

    private static JsonObjectBuilder contributor(Contributor c) {
        return agent(c.agent()).add("contributorType", c.contributorType());
    }

    private static JsonObjectBuilder title(Title t) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("title", t.title());
        optional(b, "titleType", t.titleType());
        optional(b, "lang", t.lang());
        return b;
    }

    private static JsonObjectBuilder subject(Subject s) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("subject", s.subject());
        optional(b, "subjectScheme", s.subjectScheme());
        optional(b, "schemeUri", s.schemeUri());
        optional(b, "valueUri", s.valueUri());
        return b;
    }

    private static JsonObjectBuilder date(TypedDate d) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("date", d.date()).add("dateType", d.dateType());
        optional(b, "dateInformation", d.dateInformation());
        return b;
    }

    private static JsonObjectBuilder alternateIdentifier(AlternateIdentifier a) {
        return Json.createObjectBuilder()
                .add("alternateIdentifier", a.alternateIdentifier())
                .add("alternateIdentifierType", a.alternateIdentifierType());
    }

    private static JsonObjectBuilder relatedIdentifier(RelatedIdentifier r) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("relatedIdentifier", r.relatedIdentifier())
                .add("relatedIdentifierType", r.relatedIdentifierType())
                .add("relationType", r.relationType());
        optional(b, "resourceTypeGeneral", r.resourceTypeGeneral());
        return b;
    }

    private static JsonObjectBuilder rights(Rights r) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        optional(b, "rights", r.rights());
        optional(b, "rightsUri", r.rightsUri());
        optional(b, "rightsIdentifier", r.rightsIdentifier());
        optional(b, "rightsIdentifierScheme", r.rightsIdentifierScheme());
        optional(b, "schemeUri", r.schemeUri());
        return b;
    }

    private static JsonObjectBuilder description(Description d) {
        return Json.createObjectBuilder()
                .add("description", d.description())
                .add("descriptionType", d.descriptionType());
    }

    private static JsonObjectBuilder fundingReference(FundingReference f) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("funderName", f.funderName());
        optional(b, "funderIdentifier", f.funderIdentifier());
        optional(b, "funderIdentifierType", f.funderIdentifierType());
        optional(b, "awardNumber", f.awardNumber());
        optional(b, "awardUri", f.awardUri());
        optional(b, "awardTitle", f.awardTitle());
        return b;
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, JsonObjectBuilder> write) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(write.apply(item)));
        return array;
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static jakarta.json.JsonValue orNull(String value) {
        return value == null ? jakarta.json.JsonValue.NULL : Json.createValue(value);
    }
}
