package org.beamcat.icat.server.freetext;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;

/**
 * ICAT 4.7's free-text query ({@code lucene/data}, contract 1.4.9) to and from the search port: reads the query JSON
 * ({@code target}, {@code user}, {@code text}, {@code lower}/{@code upper}, {@code parameters}, {@code samples},
 * {@code userFullName}) into a {@link SearchQuery} ranked by relevance, and writes the hits as
 * {@code [{"id":…,"score":…}]}.
 *
 * <p>{@code lower}/{@code upper} ({@code yyyyMMddHHmm}, UTC) bound an investigation's or dataset's start and end
 * dates (both within the range, as ICAT 4.7 did), and a datafile's date (its datafileModTime, else modTime).
 */
public final class FreeTextSearch {

    private static final DateTimeFormatter ICAT_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    public static final int DEFAULT_MAX_COUNT = 100;

    private FreeTextSearch() {
    }

    /** The query for at most {@code maxCount} hits (null: {@link #DEFAULT_MAX_COUNT}). */
    public static SearchQuery parse(String query, Integer maxCount, int maxPageSize) throws IcatServerException {
        if (query == null) {
            throw bad("query is not set");
        }
        if (maxCount != null && (maxCount < 1 || maxCount > maxPageSize)) {
            throw bad("maxCount must be between 1 and " + maxPageSize);
        }
        JsonObject json = object(query);
        if (!(json.get("target") instanceof JsonString target)
                || EntityKind.ofIcatName(target.getString()).isEmpty()) {
            throw bad("target must be one of Investigation, Dataset or Datafile");
        }
        EntityKind kind = EntityKind.ofIcatName(target.getString()).get();
        String text = optionalString(json, "text");
        String user = optionalString(json, "user");
        String userFullName = optionalString(json, "userFullName");
        List<SearchQuery.RangeFilter> ranges = dateRange(kind, json);
        List<SearchQuery.ParameterFilter> parameters = parameters(json);
        List<String> samples = samples(json);
        return new SearchQuery(kind, text, List.of(), ranges, parameters, samples, user, userFullName, List.of(),
                List.of(), Optional.empty(), maxCount == null ? Math.min(DEFAULT_MAX_COUNT, maxPageSize) : maxCount);
    }

    /** {@code [{"id":12,"score":0.87},…]}, in rank order. */
    public static String answer(SearchPage page) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(text)) {
            out.writeStartArray();
            for (SearchPage.Hit hit : page.hits()) {
                out.writeStartObject().write("id", hit.id());
                out.write("score", Float.isFinite(hit.score()) ? hit.score() : 0.0);
                out.writeEnd();
            }
            out.writeEnd();
        }
        return text.toString();
    }

    private static List<SearchQuery.RangeFilter> dateRange(EntityKind kind, JsonObject json)
            throws IcatServerException {
        Instant lower = date(json, "lower");
        Instant upper = date(json, "upper");
        if (lower == null && upper == null) {
            return List.of();
        }
        if (kind == EntityKind.DATAFILE) {
            return List.of(SearchQuery.RangeFilter.dates(DocumentFields.END_DATE, lower, upper));
        }
        return List.of(SearchQuery.RangeFilter.dates(DocumentFields.START_DATE, lower, upper),
                SearchQuery.RangeFilter.dates(DocumentFields.END_DATE, lower, upper));
    }

    private static List<SearchQuery.ParameterFilter> parameters(JsonObject json) throws IcatServerException {
        if (!json.containsKey("parameters") || json.isNull("parameters")) {
            return List.of();
        }
        if (json.get("parameters").getValueType() != JsonValue.ValueType.ARRAY) {
            throw bad("parameters must be an array");
        }
        List<SearchQuery.ParameterFilter> filters = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("parameters")) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT
                    || !(value.asJsonObject().get("name") instanceof JsonString name)
                    || !(value.asJsonObject().get("units") instanceof JsonString units)) {
                throw bad("each parameter needs a name and units");
            }
            JsonObject parameter = value.asJsonObject();
            String stringValue = optionalString(parameter, "stringValue");
            Double lowerNumber = number(parameter, "lowerNumericValue");
            Double upperNumber = number(parameter, "upperNumericValue");
            Instant lowerDate = date(parameter, "lowerDateValue");
            Instant upperDate = date(parameter, "upperDateValue");
            if (stringValue == null && lowerNumber == null && upperNumber == null && lowerDate == null
                    && upperDate == null) {
                throw bad("parameter " + name.getString() + " needs stringValue, lowerNumericValue/upperNumericValue"
                        + " or lowerDateValue/upperDateValue");
            }
            filters.add(new SearchQuery.ParameterFilter(name.getString(), units.getString(), stringValue,
                    lowerNumber, upperNumber, lowerDate, upperDate));
        }
        return filters;
    }

    private static List<String> samples(JsonObject json) throws IcatServerException {
        if (!json.containsKey("samples") || json.isNull("samples")) {
            return List.of();
        }
        if (json.get("samples").getValueType() != JsonValue.ValueType.ARRAY) {
            throw bad("samples must be an array of strings");
        }
        List<String> samples = new ArrayList<>();
        for (JsonValue sample : json.getJsonArray("samples")) {
            if (!(sample instanceof JsonString string)) {
                throw bad("samples must be an array of strings");
            }
            if (!string.getString().isBlank()) {
                samples.add(string.getString());
            }
        }
        return samples;
    }

    private static String optionalString(JsonObject json, String key) throws IcatServerException {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw bad(key + " must be a string");
        }
        return string.getString();
    }

    private static Double number(JsonObject json, String key) throws IcatServerException {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw bad(key + " must be a number");
        }
        double number = json.getJsonNumber(key).doubleValue();
        if (!Double.isFinite(number)) {
            throw bad(key + " must be a finite number");
        }
        return number;
    }

    private static Instant date(JsonObject json, String key) throws IcatServerException {
        String value = optionalString(json, key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, ICAT_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw bad(key + " must be a date as yyyyMMddHHmm, not '" + value + "'");
        }
    }

    private static JsonObject object(String query) throws IcatServerException {
        try (JsonReader reader = Json.createReader(new StringReader(query))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw bad("query must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw bad("query is not valid JSON: " + e.getMessage());
        }
    }

    private static IcatServerException bad(String message) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, message);
    }
}
