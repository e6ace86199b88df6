package org.beamcat.icat.server.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.NulCharacter;

/**
 * The login form's {@code json} field, read the way icat.server walks it with a streaming parser: the
 * top-level string member {@code plugin} is the mnemonic, and every string member of any object inside
 * the top-level {@code credentials} array is one credential. So {@code [{"username":"u"},{"password":"p"}]}
 * and {@code [{"username":"u","password":"p"}]} mean the same, and non-string values are ignored.
 *
 * @param plugin      the mnemonic, null when absent (ICAT then answers "Authenticator mnemonic null not recognised")
 * @param credentials the credentials, never null
 */
record LoginRequest(String plugin, Map<String, String> credentials) {

    static LoginRequest parse(String json) throws IcatServerException {
        if (json == null) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "json must not be null");
        }
        LoginRequest request;
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            request = walk(parser);
        } catch (JsonParsingException e) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, e.getMessage() + " in json " + json);
        }
        return checked(request);
    }

    /** Authenticators look names up in the database: NUL in any of them is refused before that. */
    private static LoginRequest checked(LoginRequest request) throws IcatServerException {
        NulCharacter.refuseIn(request.plugin(), "plugin");
        for (Map.Entry<String, String> credential : request.credentials().entrySet()) {
            NulCharacter.refuseIn(credential.getKey(), "a credential's name");
            NulCharacter.refuseIn(credential.getValue(), "credential " + credential.getKey());
        }
        return request;
    }

    private static LoginRequest walk(JsonParser parser) {
        String plugin = null;
        Map<String, String> credentials = new HashMap<>();
        Deque<Boolean> inObject = new ArrayDeque<>(); // one entry per open container: object or array
        int credentialsDepth = -1; // depth of the credentials array while inside it
        String key = null;
        while (parser.hasNext()) {
            switch (parser.next()) {
                case KEY_NAME -> key = parser.getString();
                case START_OBJECT, START_ARRAY -> {
                    boolean array = parser.currentEvent() == JsonParser.Event.START_ARRAY;
                    if (array && inObject.size() == 1 && inObject.peek() && "credentials".equals(key)) {
                        credentialsDepth = 2;
                    }
                    inObject.push(!array);
                }
                case END_OBJECT, END_ARRAY -> {
                    inObject.pop();
                    if (inObject.size() < credentialsDepth) {
                        credentialsDepth = -1;
                    }
                }
                case VALUE_STRING -> {
                    boolean member = !inObject.isEmpty() && inObject.peek();
                    if (member && inObject.size() == 1 && "plugin".equals(key)) {
                        plugin = parser.getString();
                    } else if (member && credentialsDepth > 0 && inObject.size() > credentialsDepth) {
                        credentials.put(key, parser.getString());
                    }
                }
                default -> {
                    // numbers, booleans and nulls carry nothing ICAT reads
                }
            }
        }
        return new LoginRequest(plugin, credentials);
    }
}
