package org.beamcat.landing.exports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.Description;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.NameIdentifier;
import org.beamcat.landing.doi.Subject;
import org.beamcat.landing.doi.TypedDate;
import org.beamcat.landing.registrar.datacite.DataCiteAttributes;

/**
 * The machine-readable forms of a DOI record, as served by content negotiation on the landing page's
 * URL and linked from it: DataCite JSON and XML, schema.org JSON-LD, BibTeX, RIS, CSL-JSON and the plain
 * citation. Negotiation is {@link Negotiation}.
 */
public final class Exports {

    /** The media types and their short names (the {@code ?format=} of the download links). */
    public enum Format {
        DATACITE_JSON("datacite-json", "application/vnd.datacite.datacite+json", "json"),
        JSON_LD("json-ld", "application/ld+json", "jsonld"),
        BIBTEX("bibtex", "application/x-bibtex", "bib"),
        RIS("ris", "application/x-research-info-systems", "ris"),
        DATACITE_XML("datacite-xml", "application/vnd.datacite.datacite+xml", "xml"),
        CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "csl.json");

        public final String shortName;
        public final String mediaType;
        public final String extension;

        Format(String shortName, String mediaType, String extension) {
            this.shortName = shortName;
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public static Optional<Format> byShortName(String name) {
            for (Format f : values()) {
                if (f.shortName.equalsIgnoreCase(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private Exports() {
    }

    public static String render(Format format, DoiMetadata m) {
        return switch (format) {
            case DATACITE_JSON -> dataciteJson(m).toString();
            case JSON_LD -> jsonLd(m).toString();
            case BIBTEX -> bibtex(m);
            case RIS -> ris(m);
            case DATACITE_XML -> DataCiteXml.of(m);
            case CSL_JSON -> CslJson.of(m).toString();
        };
    }

    /** The DataCite JSON of the record: the REST API's document with the DOI's attributes. */
    public static JsonObject dataciteJson(DoiMetadata m) {
        return Json.createObjectBuilder().add("data", Json.createObjectBuilder()
                .add("id", m.doi().toString().toLowerCase(Locale.ROOT))
                .add("type", "dois")
                .add("attributes", DataCiteAttributes.of(m))).build();
    }

    /** "Lovelace, A., Babbage, C. (2029). Title. Publisher. https://doi.org/10.x/Y" */
    public static String citation(DoiMetadata m) {
        String creators = m.creators().stream().map(Exports::citationName).collect(Collectors.joining(", "));
        return creators + " (" + year(m) + "). " + stripDot(title(m)) + ". " + m.publisher() + ". "
                + m.doi().resolverUrl();
    }

    /**
     * schema.org Dataset for the page head and for {@code application/ld+json}. Only schema.org
     * properties, used as schema.org defines them: no {@code citation} (that names works this one cites)
     * and no {@code isAccessibleForFree} (the files are not while under embargo).
     */
    public static JsonObject jsonLd(DoiMetadata m) {
        String doiUrl = m.doi().resolverUrl();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Dataset")
                .add("@id", doiUrl)
                .add("identifier", Json.createObjectBuilder().add("@type", "PropertyValue")
                        .add("propertyID", "https://registry.identifiers.org/registry/doi")
                        .add("value", "doi:" + m.doi()).add("url", doiUrl))
                .add("url", m.url() == null ? doiUrl : m.url().toString())
                .add("name", title(m))
                .add("description", description(m).orElse(title(m)));
        JsonArrayBuilder creators = Json.createArrayBuilder();
        m.creators().forEach(a -> creators.add(person(a)));
        b.add("creator", creators);
        b.add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", m.publisher()));
        b.add("provider", Json.createObjectBuilder().add("@type", "Organization").add("name", m.publisher()));
        if (m.publicationYear() != null) {
            b.add("datePublished", Integer.toString(m.publicationYear()));
        }
        date(m, "Collected").ifPresent(d -> b.add("temporalCoverage", d));
        if (!m.rightsList().isEmpty() && m.rightsList().get(0).rightsUri() != null) {
            b.add("license", m.rightsList().get(0).rightsUri().replace("/legalcode", "/"));
        }
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        m.subjects().forEach(s -> keywords.add(s.subject()));
        b.add("keywords", keywords);
        subject(m, Subject.SCHEME_INSTRUMENT).ifPresent(i -> b.add("measurementTechnique", i));
        if (m.types() != null && m.types().resourceType() != null) {
            b.add("additionalType", m.types().resourceType());
        }
        b.add("includedInDataCatalog", Json.createObjectBuilder().add("@type", "DataCatalog")
                .add("name", m.publisher() + " data"));
        return b.build();
    }

    public static String bibtex(DoiMetadata m) {
        String key = m.doi().suffix().replaceAll("[^A-Za-z0-9]", "_");
        StringBuilder s = new StringBuilder("@misc{").append(key).append(",\n");
        s.append("  doi = {").append(m.doi()).append("},\n");
        s.append("  url = {").append(m.doi().resolverUrl()).append("},\n");
        s.append("  author = {").append(m.creators().stream().map(a -> bib(bibName(a)))
                .collect(Collectors.joining(" and "))).append("},\n");
        s.append("  title = {").append(bib(title(m))).append("},\n");
        s.append("  publisher = {").append(bib(m.publisher())).append("},\n");
        s.append("  year = {").append(year(m)).append("},\n");
        if (m.types() != null && m.types().resourceType() != null) {
            s.append("  howpublished = {").append(bib(m.types().resourceType())).append("},\n");
        }
        String keywords = m.subjects().stream().map(Subject::subject).collect(Collectors.joining(", "));
        if (!keywords.isEmpty()) {
            s.append("  keywords = {").append(bib(keywords)).append("},\n");
        }
        if (!m.rightsList().isEmpty()) {
            s.append("  copyright = {").append(bib(m.rightsList().get(0).rights())).append("}\n");
        } else {
            s.setLength(s.length() - 2);
            s.append("\n");
        }
        return s.append("}\n").toString();
    }

    /** RIS (the reference-manager format), CRLF-free: one "TAG  - value" per line, ending with ER. */
    public static String ris(DoiMetadata m) {
        StringBuilder s = new StringBuilder();
        ris(s, "TY", "DATA");
        ris(s, "T1", title(m));
        m.creators().forEach(a -> ris(s, "AU", bibName(a)));
        ris(s, "PY", year(m));
        date(m, "Available").ifPresent(d -> ris(s, "DA", d.replace('-', '/')));
        ris(s, "PB", m.publisher());
        description(m).ifPresent(d -> ris(s, "AB", d.replaceAll("\\s+", " ")));
        m.subjects().forEach(k -> ris(s, "KW", k.subject()));
        ris(s, "DO", m.doi().toString());
        ris(s, "UR", m.doi().resolverUrl());
        if (m.types() != null && m.types().resourceType() != null) {
            ris(s, "M3", m.types().resourceType());
        }
        if (m.language() != null) {
            ris(s, "LA", m.language());
        }
        s.append("ER  - \n");
        return s.toString();
    }

    // --- helpers -----------------------------------------------------------------------------------

    public static String title(DoiMetadata m) {
        return m.titles().isEmpty() ? m.doi().toString() : m.titles().get(0).title();
    }

    public static Optional<String> description(DoiMetadata m) {
        return m.descriptions().stream().filter(d -> "Abstract".equals(d.descriptionType()))
                .map(Description::description).findFirst();
    }

    public static Optional<String> date(DoiMetadata m, String type) {
        return m.dates().stream().filter(d -> type.equals(d.dateType())).map(TypedDate::date).findFirst();
    }

    public static Optional<String> subject(DoiMetadata m, String scheme) {
        return m.subjects().stream().filter(s -> scheme.equals(s.subjectScheme())).map(Subject::subject).findFirst();
    }

    public static List<String> subjects(DoiMetadata m, String scheme) {
        return m.subjects().stream().filter(s -> scheme.equals(s.subjectScheme())).map(Subject::subject).toList();
    }

    public static Optional<String> orcid(Agent a) {
        return a.nameIdentifiers().stream().filter(NameIdentifier::isOrcid).map(NameIdentifier::nameIdentifier)
                .findFirst();
    }

    private static JsonObjectBuilder person(Agent a) {
        JsonObjectBuilder p = Json.createObjectBuilder()
                .add("@type", Agent.ORGANIZATIONAL.equals(a.nameType()) ? "Organization" : "Person")
                .add("name", displayName(a));
        orcid(a).ifPresent(o -> p.add("@id", o).add("sameAs", o));
        if (a.givenName() != null) {
            p.add("givenName", a.givenName());
        }
        if (a.familyName() != null) {
            p.add("familyName", a.familyName());
        }
        return p;
    }

    /** "Given Family" for people with both parts, the name otherwise. */
    public static String displayName(Agent a) {
        return a.givenName() != null && a.familyName() != null ? a.givenName() + " " + a.familyName() : a.name();
    }

    private static String bibName(Agent a) {
        return a.familyName() != null && a.givenName() != null ? a.familyName() + ", " + a.givenName() : a.name();
    }

    private static String citationName(Agent a) {
        if (a.familyName() == null || a.givenName() == null) {
            return a.name();
        }
        String initials = java.util.Arrays.stream(a.givenName().split("[\\s-]+")).filter(p -> !p.isEmpty())
                .map(p -> p.charAt(0) + ".").collect(Collectors.joining(" "));
        return a.familyName() + ", " + initials;
    }

    private static String year(DoiMetadata m) {
        return m.publicationYear() == null ? "n.d." : Integer.toString(m.publicationYear());
    }

    private static String stripDot(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** Braces and backslashes would end a BibTeX field; special characters keep their meaning in braces. */
    private static String bib(String text) {
        return text.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#").replace("_", "\\_");
    }

    private static void ris(StringBuilder s, String tag, String value) {
        if (value != null && !value.isBlank()) {
            s.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append('\n');
        }
    }
}
