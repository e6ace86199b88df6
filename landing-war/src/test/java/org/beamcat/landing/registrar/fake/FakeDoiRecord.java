package org.beamcat.landing.registrar.fake;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One DOI as the fake DataCite holds it: the attributes clients sent, merged the way DataCite merges
 * a PUT (attributes given replace, attributes left out stay), plus the state and timestamps it adds.
 */
final class FakeDoiRecord {

    final String doi;
    final String owner;
    String state = "draft";
    final Map<String, JsonValue> attributes = new LinkedHashMap<>();
    final Instant created = Instant.now();
    Instant updated = created;
    Instant registered;

    FakeDoiRecord(String doi, String owner) {
        this.doi = doi.toLowerCase(Locale.ROOT);
        this.owner = owner;
    }

    void merge(JsonObject sent) {
        sent.forEach((name, value) -> {
            if (!name.equals("event") && !name.equals("doi") && !name.equals("prefix") && !name.equals("suffix")) {
                attributes.put(name, value);
            }
        });
        updated = Instant.now();
    }

    /** Applies a state event as DataCite's state machine does; false if the event does not apply here. */
    boolean apply(String event) {
        String next = switch (event) {
            case "publish" -> state.equals("draft") || state.equals("registered") ? "findable" : state;
            case "register" -> state.equals("draft") ? "registered" : state;
            case "hide" -> state.equals("findable") ? "registered" : state;
            default -> null;
        };
        if (next == null) {
            return false;
        }
        if (state.equals("draft") && !next.equals("draft")) {
            registered = Instant.now();
        }
        state = next;
        return true;
    }

    /** The kernel-4 properties DataCite insists on before a DOI leaves the draft state. */
    List<JsonApiError> missingForRegistration() {
        List<JsonApiError> errors = new ArrayList<>();
        requireText(errors, "url", "Url can't be blank");
        requireNonEmptyArray(errors, "creators", "Creators can't be blank");
        requireNonEmptyArray(errors, "titles", "Titles can't be blank");
        requireText(errors, "publisher", "Publisher can't be blank");
        JsonValue year = attributes.get("publicationYear");
        if (year == null || year.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new JsonApiError(422, "publicationYear", "Publication year can't be blank", doi));
        }
        JsonValue types = attributes.get("types");
        if (types == null || types.getValueType() != JsonValue.ValueType.OBJECT
                || types.asJsonObject().getString("resourceTypeGeneral", "").isBlank()) {
            errors.add(new JsonApiError(422, "types", "Resource type general can't be blank", doi));
        }
        return errors;
    }

    private void requireText(List<JsonApiError> errors, String name, String title) {
        JsonValue value = attributes.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING
                || ((jakarta.json.JsonString) value).getString().isBlank()) {
            errors.add(new JsonApiError(422, name, title, doi));
        }
    }

    private void requireNonEmptyArray(List<JsonApiError> errors, String name, String title) {
        JsonValue value = attributes.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            errors.add(new JsonApiError(422, name, title, doi));
        }
    }

    String url() {
        JsonValue value = attributes.get("url");
        return value instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    /** The response document, with the server-added attributes a real answer carries. */
    JsonObject document() {
        JsonObjectBuilder attrs = Json.createObjectBuilder()
                .add("doi", doi)
                .add("prefix", doi.substring(0, doi.indexOf('/')))
                .add("suffix", doi.substring(doi.indexOf('/') + 1));
        attributes.forEach(attrs::add);
        attrs.add("state", state)
                .add("isActive", state.equals("findable"))
                .add("source", "api")
                .add("created", created.toString())
                .add("updated", updated.toString());
        if (registered != null) {
            attrs.add("registered", registered.toString());
        } else {
            attrs.addNull("registered");
        }
        return Json.createObjectBuilder().add("data", Json.createObjectBuilder()
                .add("id", doi)
                .add("type", "dois")
                .add("attributes", attrs)
                .add("relationships", Json.createObjectBuilder()
                        .add("client", Json.createObjectBuilder().add("data",
                                Json.createObjectBuilder().add("id", owner).add("type", "clients")))))
                .build();
    }
}
