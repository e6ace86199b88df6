package org.beamcat.messages;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * Parses a JSON message body into an object, within the size limit, and writes objects back. Duplicate
 * keys are refused: with them, two readers of the same message could see two different values.
 */
final class JsonInput {

    private final MessageLimits limits;
    private final JsonProvider provider;
    private final JsonReaderFactory readers;
    private final JsonWriterFactory writers;

    JsonInput(MessageLimits limits) {
        this.limits = limits;
        // Looked up once: JsonProvider.provider() searches the class path on every call.
        this.provider = JsonProvider.provider();
        this.readers = provider.createReaderFactory(Map.of(jakarta.json.JsonConfig.KEY_STRATEGY,
                jakarta.json.JsonConfig.KeyStrategy.NONE));
        this.writers = provider.createWriterFactory(Map.of());
    }

    JsonProvider provider() {
        return provider;
    }

    JsonObject read(String json) {
        BoundedInput.checkSize(json.length(), limits);
        return read(new StringReader(json));
    }

    JsonObject read(byte[] json) {
        BoundedInput.checkSize(json.length, limits);
        try (JsonReader reader = readers.createReader(new ByteArrayInputStream(json))) {
            return object(reader);
        } catch (RuntimeException e) {
            throw notJson(e);
        }
    }

    JsonObject read(InputStream json) throws IOException {
        return read(BoundedInput.read(json, limits));
    }

    String write(JsonObject object) {
        StringWriter text = new StringWriter();
        try (var writer = writers.createWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    private JsonObject read(Reader json) {
        try (JsonReader reader = readers.createReader(json)) {
            return object(reader);
        } catch (RuntimeException e) {
            throw notJson(e);
        }
    }

    private static JsonObject object(JsonReader reader) {
        JsonStructure value = reader.read();
        if (!(value instanceof JsonObject object)) {
            throw new InvalidMessageException("message", "must be a JSON object");
        }
        return object;
    }

    /**
     * Whatever the parser throws while reading a message is about the message: besides JsonException,
     * Parsson throws plain RuntimeExceptions for some limits (nesting depth, number size).
     */
    private static InvalidMessageException notJson(RuntimeException e) {
        if (e instanceof InvalidMessageException invalid) {
            return invalid;
        }
        String where = "";
        if (e instanceof JsonParsingException parsing && parsing.getLocation() != null) {
            JsonLocation at = parsing.getLocation();
            where = " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
        }
        return new InvalidMessageException("message", "is not valid JSON: " + e.getMessage() + where);
    }
}
