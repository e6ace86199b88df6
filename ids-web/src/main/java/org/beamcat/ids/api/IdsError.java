package org.beamcat.ids.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The IDS error shape: {@code {"code":"<exception simple name>","message":"…"}}. */
final class IdsError {

    private IdsError() {
    }

    static Response response(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("code", code).add("message", message).build())
                .build();
    }
}
