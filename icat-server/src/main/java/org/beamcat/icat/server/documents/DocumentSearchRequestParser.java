package org.beamcat.icat.server.documents;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.IcatServerException;

/**
 * Parses the parameters of {@code GET search/documents} besides the query: {@code sort} (a JSON object of
 * field to "asc"/"desc", in order), {@code search_after} (the JSON array a previous page answered),
 * {@code minCount} (default 10) and {@code maxCount} (default 100, at most {@link #MAX_COUNT}) and
 * {@code restrict} (the query gets the caller as {@code user}). As in icat.server, 0 means the default.
 */
public final class DocumentSearchRequestParser {

    public static final int DEFAULT_MIN_COUNT = 10;
    public static final int DEFAULT_MAX_COUNT = 100;
    /** A page bigger than this is refused: deep results are read page by page with search_after. */
    public static final int MAX_COUNT = 1000;

    private final DocumentQueryParser queries = new DocumentQueryParser();

    public DocumentSearchRequest parse(String callerName, String query, String sort, String searchAfter,
            Integer minCount, Integer maxCount, boolean restrict) throws IcatServerException {
        DocumentQuery parsed = queries.parse(query);
        if (restrict) {
            parsed = parsed.restrictedTo(callerName);
        }
        int max = count("maxCount", maxCount, DEFAULT_MAX_COUNT);
        // As in icat.server, a minCount above maxCount (the default 10 with maxCount=1) asks for maxCount.
        int min = Math.min(count("minCount", minCount, DEFAULT_MIN_COUNT), max);
        return new DocumentSearchRequest(parsed, sort(sort), searchAfter(searchAfter), min, max);
    }

    private static int count(String name, Integer value, int defaultValue) throws IcatServerException {
        if (value == null || value == 0) {
            return defaultValue;
        }
        if (value < 0 || value > MAX_COUNT) {
            throw DocumentQueryParser.bad(name + " must be between 1 and " + MAX_COUNT + ", not " + value);
        }
        return value;
    }

    static List<SortKey> sort(String sort) throws IcatServerException {
        if (sort == null || sort.isBlank()) {
            return List.of();
        }
        if (!(DocumentQueryParser.read(sort) instanceof JsonObject object)) {
            throw DocumentQueryParser.bad("sort must be a JSON object of field to \"asc\" or \"desc\"");
        }
        if (object.size() > 10) {
            throw DocumentQueryParser.bad("sort has " + object.size() + " keys; at most 10 are allowed");
        }
        List<SortKey> keys = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String field = entry.getKey();
            if (!field.matches("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*") || field.length() > 100) {
                throw DocumentQueryParser.bad("sort: '" + Shown.of(field) + "' is not a document field name");
            }
            if (!(entry.getValue() instanceof JsonString direction)
                    || !(direction.getString().equals("asc") || direction.getString().equals("desc"))) {
                throw DocumentQueryParser.bad("sort: " + field + " must be \"asc\" or \"desc\", not "
                        + Shown.of(entry.getValue()));
            }
            keys.add(new SortKey(field, direction.getString().equals("desc")));
        }
        return keys;
    }

    static JsonArray searchAfter(String searchAfter) throws IcatServerException {
        if (searchAfter == null || searchAfter.isBlank()) {
            return null;
        }
        if (!(DocumentQueryParser.read(searchAfter) instanceof JsonArray array) || array.isEmpty()
                || array.size() > 20) {
            throw DocumentQueryParser.bad("search_after must be the JSON array a previous page answered, not "
                    + Shown.of(searchAfter));
        }
        return array;
    }
}
