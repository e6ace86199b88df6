package org.beamcat.icat.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Objects;

/** An existing entity named by type and id, as delete calls and to-one references give them. */
public record EntityRef(String entityName, long id) {

    public EntityRef {
        Objects.requireNonNull(entityName, "entityName");
    }

    /** {@code {"Dataset":{"id":42}}} */
    public JsonObject toJson() {
        return Json.createObjectBuilder().add(entityName, Json.createObjectBuilder().add("id", id)).build();
    }
}
