package org.beamcat.icat.server.port;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/**
 * The {@code json} parameter of {@code port}, read as ICAT 4.7 reads it: string (or number) members anywhere in the
 * object, {@code attributes} USER (default) or ALL and {@code duplicate} THROW (default), IGNORE, CHECK or OVERWRITE,
 * in any case; any other key is refused.
 */
public record PortParameters(String sessionId, String query, boolean allAttributes, DuplicateAction duplicate) {

    private static final Set<String> EXPORT_KEYS = Set.of("sessionId", "query", "attributes");
    private static final Set<String> IMPORT_KEYS = Set.of("sessionId", "duplicate", "attributes");

    public static PortParameters forExport(String json) throws IcatServerException {
        return parse(json, EXPORT_KEYS);
    }

    public static PortParameters forImport(String json) throws IcatServerException {
        return parse(json, IMPORT_KEYS);
    }

    private static PortParameters parse(String json, Set<String> keys) throws IcatServerException {
        if (json == null) {
            throw bad("json must not be null");
        }
        String sessionId = null;
        String query = null;
        boolean all = false;
        DuplicateAction duplicate = DuplicateAction.THROW;
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            String key = null;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.KEY_NAME) {
                    key = parser.getString();
                } else if ((event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.VALUE_NUMBER)
                        && key != null) {
                    String value = parser.getString();
                    if (!keys.contains(key)) {
                        throw bad(key + " is not an expected key in the json");
                    }
                    switch (key) {
                        case "sessionId" -> sessionId = value;
                        case "query" -> query = value;
                        case "attributes" -> all = attributes(value);
                        default -> duplicate = duplicate(value);
                    }
                }
            }
        } catch (JsonException e) {
            throw bad(e.getMessage() + " in json " + json);
        }
        return new PortParameters(sessionId, query, all, duplicate);
    }

    private static boolean attributes(String value) throws IcatServerException {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "ALL" -> true;
            case "USER" -> false;
            default -> throw bad(value + " is not a valid value for 'attributes'");
        };
    }

    private static DuplicateAction duplicate(String value) throws IcatServerException {
        try {
            return DuplicateAction.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(value + " is not a valid value for 'duplicate'");
        }
    }

    private static IcatServerException bad(String message) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, message);
    }
}
