package org.beamcat.messages;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the JSON message of the {@link QueueNames#UPDATE_DATASET_METADATA} queue, with the
 * keys pyicat-plus sends: {@code proposal}, {@code beamline}, {@code datasetPaths}, {@code metadataName},
 * {@code metadataValue}. Published as {@value #SCHEMA_RESOURCE}. Thread-safe.
 */
public final class UpdateDatasetMetadataJson {

    public static final String SCHEMA_RESOURCE = "/org/beamcat/messages/update-dataset-metadata.schema.json";

    private static final String ROOT = UpdateDatasetMetadataMessage.ROOT;
    private static final Set<String> KEYS = Set.of("proposal", "beamline", "datasetPaths", "metadataName",
            "metadataValue");

    private final JsonInput json;

    public UpdateDatasetMetadataJson() {
        this(MessageLimits.DEFAULT);
    }

    public UpdateDatasetMetadataJson(MessageLimits limits) {
        this.json = new JsonInput(limits);
    }

    public UpdateDatasetMetadataMessage read(String text) {
        return fromJson(json.read(text));
    }

    public UpdateDatasetMetadataMessage read(byte[] utf8) {
        return fromJson(json.read(utf8));
    }

    /** @throws IOException when the stream itself fails (not for bad content) */
    public UpdateDatasetMetadataMessage read(InputStream utf8) throws IOException {
        return fromJson(json.read(utf8));
    }

    public String write(UpdateDatasetMetadataMessage message) {
        JsonArrayBuilder paths = json.provider().createArrayBuilder();
        message.datasetPaths().forEach(paths::add);
        return json.write(json.provider().createObjectBuilder()
                .add("proposal", message.proposal())
                .add("beamline", message.beamline())
                .add("datasetPaths", paths)
                .add("metadataName", message.metadataName())
                .add("metadataValue", message.metadataValue())
                .build());
    }

    private UpdateDatasetMetadataMessage fromJson(JsonObject object) {
        Problems problems = new Problems();
        JsonFields fields = new JsonFields(object, ROOT, problems).onlyKeys(KEYS);
        String proposal = fields.string("proposal");
        String beamline = fields.string("beamline");
        List<String> paths = paths(fields.array("datasetPaths"), problems);
        String name = fields.string("metadataName");
        String value = fields.string("metadataValue");
        UpdateDatasetMetadataMessage message = null;
        try {
            message = new UpdateDatasetMetadataMessage(proposal, beamline, paths, name, value);
        } catch (InvalidMessageException e) {
            problems.addUncovered(e.problems());
        }
        problems.throwIfAny();
        return message;
    }

    private static List<String> paths(JsonArray items, Problems problems) {
        if (items == null) {
            return null;
        }
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JsonString path) {
                paths.add(path.getString());
            } else {
                problems.add(ROOT + "/datasetPaths[" + (i + 1) + "]",
                        "must be a string, got " + JsonFields.typeOf(items.get(i)));
            }
        }
        return paths;
    }
}
