package org.beamcat.messages;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Reads and writes the JSON message of the {@link QueueNames#DATA_FILES} queue: {@code {"datasetId": 42}},
 * as pyicat-plus sends it. Published as {@value #SCHEMA_RESOURCE}. Thread-safe.
 */
public final class DataFilesJson {

    public static final String SCHEMA_RESOURCE = "/org/beamcat/messages/data-files.schema.json";

    private static final String ROOT = DataFilesMessage.ROOT;

    private final JsonInput json;

    public DataFilesJson() {
        this(MessageLimits.DEFAULT);
    }

    public DataFilesJson(MessageLimits limits) {
        this.json = new JsonInput(limits);
    }

    public DataFilesMessage read(String text) {
        return fromJson(json.read(text));
    }

    public DataFilesMessage read(byte[] utf8) {
        return fromJson(json.read(utf8));
    }

    /** @throws IOException when the stream itself fails (not for bad content) */
    public DataFilesMessage read(InputStream utf8) throws IOException {
        return fromJson(json.read(utf8));
    }

    public String write(DataFilesMessage message) {
        return json.write(json.provider().createObjectBuilder().add("datasetId", message.datasetId()).build());
    }

    private DataFilesMessage fromJson(JsonObject object) {
        Problems problems = new Problems();
        Long datasetId = new JsonFields(object, ROOT, problems).onlyKeys(Set.of("datasetId")).integer("datasetId");
        if (datasetId == null && !object.containsKey("datasetId")) {
            problems.add(ROOT + "/datasetId", "is required");
        }
        problems.throwIfAny();
        return new DataFilesMessage(datasetId);
    }
}
