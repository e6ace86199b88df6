package org.beamcat.landing.records;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.collections.CollectionMetadataBuilder;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/**
 * The landing record of a data-collection DOI: the DataCite record the minting built (same builder),
 * the embargo end (the latest of its investigations') and the withdrawal, if any.
 */
public final class CollectionRecordBuilder {

    private final CollectionMetadataBuilder metadata;

    public CollectionRecordBuilder(String publisher, SessionMetadataBuilder sessions) {
        this.metadata = new CollectionMetadataBuilder(publisher, sessions);
    }

    public LandingRecord build(JsonObject collection, Doi doi, List<JsonObject> investigations) {
        JsonObject dc = collection.containsKey("DataCollection") ? collection.getJsonObject("DataCollection") : collection;
        return new LandingRecord(metadata.build(dc, doi, investigations, createDate(dc).orElse(null)),
                LandingRecord.Kind.COLLECTION, dc.getJsonNumber("id").longValue(), metadata.embargoEnd(investigations),
                withdrawal(dc));
    }

    /** The withdrawal recorded on the collection, if any. */
    static Optional<Withdrawal> withdrawal(JsonObject dc) {
        for (JsonValue value : dc.get("parameters") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY) {
            if (value instanceof JsonObject p && p.get("type") instanceof JsonObject type
                    && DoiParameterTypes.WITHDRAWN.equals(type.getString("name", null))) {
                return withdrawalOf(p);
            }
        }
        return Optional.empty();
    }

    /** A {@code doi.withdrawn} parameter as a withdrawal: its value is the reason, its creation the date. */
    public static Optional<Withdrawal> withdrawalOf(JsonObject parameter) {
        String reason = parameter.getString("stringValue", "").strip();
        return createDate(parameter).map(d -> new Withdrawal(reason.isEmpty() ? "No reason was given." : reason, d));
    }

    static Optional<LocalDate> createDate(JsonObject entity) {
        String text = entity.getString("createTime", null);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
