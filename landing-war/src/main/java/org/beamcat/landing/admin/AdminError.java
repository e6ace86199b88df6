package org.beamcat.landing.admin;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one error shape of {@code /doi/admin}: {@code {"code":…,"message":…}} under an HTTP status. */
final class AdminError {

    private AdminError() {
    }

    static Response response(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("code", code).add("message", message == null ? "" : message)
                        .build())
                .build();
    }
}
