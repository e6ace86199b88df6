package org.beamcat.icat.server.freetext;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/**
 * ICAT's free-text search (lucene/...) as a server without a search engine behaves (contract 1.4.9): queries
 * are checked like a real engine would check them, and find nothing; index population, commit and clear
 * are root-only no-ops. A real engine (OpenSearch, Lucene) would implement this class's operations.
 */
public final class FreeTextSearch {

    private static final Set<String> TARGETS = Set.of("Investigation", "Dataset", "Datafile");

    /** {@code lucene/data}: validates the query JSON and answers the (empty) list of {@code {id, score}}. */
    public String search(Caller caller, String query) throws IcatServerException {
        if (query == null) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "query is not set");
        }
        JsonObject json = parse(query);
        if (!(json.get("target") instanceof JsonString target) || !TARGETS.contains(target.getString())) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                    "target must be one of Investigation, Dataset or Datafile");
        }
        if (json.containsKey("parameters")) {
            if (json.get("parameters").getValueType() != JsonValue.ValueType.ARRAY) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "parameters must be an array");
            }
            for (JsonValue parameter : json.getJsonArray("parameters")) {
                if (parameter.getValueType() != JsonValue.ValueType.OBJECT
                        || !(parameter.asJsonObject().get("name") instanceof JsonString)
                        || !(parameter.asJsonObject().get("units") instanceof JsonString)) {
                    throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                            "each parameter needs a name and units");
                }
            }
        }
        return "[]";
    }

    /** {@code GET lucene/db}: entity types still being indexed; none without an engine. */
    public String populating(Caller caller) throws IcatServerException {
        requireRoot(caller);
        return "[]";
    }

    /** {@code POST lucene/db}, {@code DELETE lucene/db}, {@code POST lucene/db/{entity}}: nothing to do. */
    public void maintain(Caller caller) throws IcatServerException {
        requireRoot(caller);
    }

    private static void requireRoot(Caller caller) throws IcatServerException {
        if (!caller.root()) {
            throw new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES, "user must be in rootUserNames");
        }
    }

    private static JsonObject parse(String query) throws IcatServerException {
        try (JsonReader reader = Json.createReader(new StringReader(query))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "query must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "query is not valid JSON: " + e.getMessage());
        }
    }
}
