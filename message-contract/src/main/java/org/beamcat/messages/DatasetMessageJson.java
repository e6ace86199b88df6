package org.beamcat.messages;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the JSON form of the dataset message, accepted by {@code POST /ingest/dataset} for
 * producers that do not speak XML. It mirrors the XML one to one: each element becomes the key of the
 * same name, the repeated {@code parameter} element an array, the {@code complete} attribute a boolean.
 * Published as {@value #SCHEMA_RESOURCE}; reports problems with the same paths as the XML reader.
 *
 * <p>Needs a JSON-P 2.1 implementation at run time (Payara has one; standalone: parsson). Thread-safe.
 */
public final class DatasetMessageJson {

    public static final String SCHEMA_RESOURCE = "/org/beamcat/messages/dataset.schema.json";

    private static final String ROOT = "dataset";
    private static final Set<String> KEYS = Set.of("investigation", "instrument", "name", "location", "sample",
            "startDate", "endDate", "complete", "parameter");

    private final JsonInput json;

    public DatasetMessageJson() {
        this(MessageLimits.DEFAULT);
    }

    public DatasetMessageJson(MessageLimits limits) {
        this.json = new JsonInput(limits);
    }

    public DatasetMessage read(String text) {
        return fromJson(json.read(text));
    }

    public DatasetMessage read(byte[] utf8) {
        return fromJson(json.read(utf8));
    }

    /** @throws IOException when the stream itself fails (not for bad content) */
    public DatasetMessage read(InputStream utf8) throws IOException {
        return fromJson(json.read(utf8));
    }

    public String write(DatasetMessage message) {
        JsonArrayBuilder parameters = json.provider().createArrayBuilder();
        for (Parameter parameter : message.parameters()) {
            parameters.add(json.provider().createObjectBuilder()
                    .add("name", parameter.name())
                    .add("value", parameter.value()));
        }
        JsonObjectBuilder object = json.provider().createObjectBuilder()
                .add("investigation", message.proposal())
                .add("instrument", message.beamline())
                .add("name", message.name())
                .add("location", message.location())
                .add("sample", json.provider().createObjectBuilder().add("name", message.sampleName()))
                .add("startDate", FieldRules.formatDate(message.startDate()))
                .add("endDate", FieldRules.formatDate(message.endDate()))
                .add("complete", message.complete())
                .add("parameter", parameters);
        return json.write(object.build());
    }

    private DatasetMessage fromJson(JsonObject object) {
        Problems problems = new Problems();
        JsonFields fields = new JsonFields(object, ROOT, problems).onlyKeys(KEYS);
        String proposal = fields.string("investigation");
        String beamline = fields.string("instrument");
        String name = fields.string("name");
        String location = fields.string("location");
        String sampleName = sampleName(fields.object("sample"), problems);
        OffsetDateTime startDate = FieldRules.parseDate(problems, ROOT + "/startDate", fields.string("startDate"));
        OffsetDateTime endDate = FieldRules.parseDate(problems, ROOT + "/endDate", fields.string("endDate"));
        Boolean complete = fields.bool("complete");
        List<Parameter> parameters = parameters(fields.array("parameter"), problems);
        DatasetMessage message = null;
        try {
            message = new DatasetMessage(proposal, beamline, name, location, sampleName, startDate, endDate,
                    parameters, complete == null || complete);
        } catch (InvalidMessageException e) {
            problems.addUncovered(e.problems());
        }
        problems.throwIfAny();
        return message;
    }

    private static String sampleName(JsonObject sample, Problems problems) {
        if (sample == null) {
            return null;
        }
        JsonFields fields = new JsonFields(sample, ROOT + "/sample", problems).onlyKeys(Set.of("name"));
        String name = fields.string("name");
        if (name == null && !sample.containsKey("name")) {
            problems.add(ROOT + "/sample/name", "is required when a sample object is given");
        }
        return name;
    }

    private static List<Parameter> parameters(JsonArray items, Problems problems) {
        List<Parameter> parameters = new ArrayList<>();
        if (items == null) {
            return parameters;
        }
        for (int i = 0; i < items.size(); i++) {
            String path = ROOT + "/parameter[" + (i + 1) + "]";
            JsonValue item = items.get(i);
            if (!(item instanceof JsonObject object)) {
                problems.add(path, "must be an object with name and value, got " + JsonFields.typeOf(item));
                continue;
            }
            JsonFields fields = new JsonFields(object, path, problems).onlyKeys(Set.of("name", "value"));
            String name = fields.string("name");
            String value = fields.string("value");
            try {
                parameters.add(new Parameter(name, value));
            } catch (InvalidMessageException e) {
                Problems moved = new Problems();
                moved.addMoved(e.problems(), "parameter", path);
                problems.addUncovered(moved.list());
            }
        }
        return parameters;
    }
}
