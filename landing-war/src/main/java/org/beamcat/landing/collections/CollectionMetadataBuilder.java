package org.beamcat.landing.collections;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.doi.Description;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.ResourceType;
import org.beamcat.landing.doi.Rights;
import org.beamcat.landing.doi.Subject;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/**
 * The DataCite record of a data collection, as ESRF's DC records (domain notes 3.1): the user's title,
 * abstract and creators (ORCID, affiliation), Proposal and Instrument subjects from the investigations
 * of its datasets, version 1, CC-BY-4.0, Issued and Available (the latest embargo end of those
 * investigations) dates. One builder serves the registrar and the landing page, so what DataCite holds
 * and what the page shows cannot drift apart.
 */
public final class CollectionMetadataBuilder {

    public static final String RESOURCE_TYPE = "Datacollection";

    private final String publisher;
    private final SessionMetadataBuilder sessions;

    /** @param sessions gives the landing URL and each investigation's embargo end, as for session DOIs */
    public CollectionMetadataBuilder(String publisher, SessionMetadataBuilder sessions) {
        this.publisher = publisher;
        this.sessions = sessions;
    }

    /**
     * @param collection     the DataCollection with its parameters and their types included
     * @param doi            the collection's DOI
     * @param investigations the investigations of its datasets, with their instruments
     * @param issued         the day the collection was made (its Issued date), or null when unknown
     */
    public DoiMetadata build(JsonObject collection, Doi doi, List<JsonObject> investigations, LocalDate issued) {
        Optional<LocalDate> embargoEnd = embargoEnd(investigations);
        DoiMetadata.Builder b = DoiMetadata.builder(doi)
                .title(parameter(collection, DoiParameterTypes.TITLE).filter(s -> !s.isBlank()).orElse(doi.toString()))
                .publisher(publisher)
                .types(ResourceType.dataset(RESOURCE_TYPE))
                .language("en")
                .version("1")
                .rights(Rights.ccBy4())
                .url(sessions.landingPage(doi));
        CollectionCreators.parse(parameter(collection, DoiParameterTypes.CREATORS).orElse(null)).forEach(b::creator);
        parameter(collection, DoiParameterTypes.ABSTRACT).filter(s -> !s.isBlank())
                .ifPresent(text -> b.description(Description.abstractOf(text)));
        Set<String> proposals = new LinkedHashSet<>();
        Set<String> instruments = new LinkedHashSet<>();
        for (JsonObject i : investigations.stream()
                .sorted(Comparator.comparing(i -> String.valueOf(i.get("name")))).toList()) {
            if (i.get("name") instanceof JsonString name) {
                proposals.add(name.getString());
            }
            for (JsonValue link : i.get("investigationInstruments") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY) {
                if (link instanceof JsonObject l && l.get("instrument") instanceof JsonObject instrument
                        && instrument.get("name") instanceof JsonString name) {
                    instruments.add(name.getString());
                }
            }
        }
        proposals.forEach(p -> b.subject(Subject.inScheme(p, Subject.SCHEME_PROPOSAL)));
        instruments.forEach(p -> b.subject(Subject.inScheme(p, Subject.SCHEME_INSTRUMENT)));
        Optional<LocalDate> made = Optional.ofNullable(issued);
        made.ifPresent(d -> b.date("Issued", d.toString()));
        embargoEnd.ifPresent(d -> b.date("Available", d.toString()));
        // DataCite: the year the data are or will be public, i.e. the embargo end (as for session DOIs),
        // unless the collection was made after its data opened.
        b.publicationYear(embargoEnd.or(() -> made)
                .map(d -> made.filter(m -> m.isAfter(d)).orElse(d).getYear()).orElse(null));
        return b.build();
    }

    /** The latest embargo end of the investigations; empty when one of them has no dates (it then stays closed). */
    public Optional<LocalDate> embargoEnd(List<JsonObject> investigations) {
        LocalDate latest = null;
        for (JsonObject investigation : investigations) {
            Optional<LocalDate> end = sessions.availableDate(investigation);
            if (end.isEmpty()) {
                return Optional.empty();
            }
            latest = latest == null || end.get().isAfter(latest) ? end.get() : latest;
        }
        return Optional.ofNullable(latest);
    }

    /** The stringValue of the collection's parameter of this type. */
    static Optional<String> parameter(JsonObject collection, String typeName) {
        if (!(collection.get("parameters") instanceof JsonArray parameters)) {
            return Optional.empty();
        }
        for (JsonValue value : parameters) {
            if (value instanceof JsonObject p && p.get("type") instanceof JsonObject type
                    && typeName.equals(type.getString("name", null))) {
                return Optional.ofNullable(p.getString("stringValue", null)).map(String::strip);
            }
        }
        return Optional.empty();
    }
}
