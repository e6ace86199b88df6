package org.beamcat.landing.registrar.datacite;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.Optional;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.RegisteredDoi;

/** The JSON:API envelopes DataCite's {@code /dois} endpoint reads and writes. */
final class JsonApiDocuments {

    /** DataCite's state-changing events, sent as the {@code event} attribute. */
    static final String PUBLISH = "publish";
    /** Findable to registered: DataCite's withdrawal. */
    static final String HIDE = "hide";

    private JsonApiDocuments() {
    }

    /** {@code {"data":{"type":"dois","attributes":{...}}}}; without an event a new DOI is a draft. */
    static String doiDocument(JsonObject attributes, Optional<String> event) {
        JsonObjectBuilder withEvent = Json.createObjectBuilder(attributes);
        event.ifPresent(name -> withEvent.add("event", name));
        return Json.createObjectBuilder()
                .add("data", Json.createObjectBuilder().add("type", "dois").add("attributes", withEvent))
                .build().toString();
    }

    /** A state change alone, leaving the metadata as it is. */
    static String eventDocument(Doi doi, String event) {
        return doiDocument(Json.createObjectBuilder().add("doi", doi.toString()).build(), Optional.of(event));
    }

    /** Reads {@code data.id}, {@code data.attributes.state} and {@code .url} from a DOI response. */
    static RegisteredDoi registeredDoi(String body) {
        JsonObject data = parse(body).getJsonObject("data");
        if (data == null) {
            throw new JsonException("no 'data' member");
        }
        JsonObject attributes = data.getJsonObject("attributes");
        Optional<URI> url = attributes.containsKey("url") && attributes.get("url").getValueType() == JsonValue.ValueType.STRING
                ? Optional.of(URI.create(attributes.getString("url")))
                : Optional.empty();
        return new RegisteredDoi(Doi.parse(data.getString("id")), DoiState.fromApiName(attributes.getString("state")),
                url);
    }

    static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
