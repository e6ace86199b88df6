package org.beamcat.icat.server.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.beamcat.icat.client.IcatErrorType;

/** Builds the one error shape of the ICAT REST contract: {@code {"code":…,"message":…[,"offset":n]}}. */
final class IcatError {

    private IcatError() {
    }

    static Response response(IcatErrorType type, String message, int offset) {
        return response(type.httpStatus(), type, message, offset);
    }

    /** The same body under another HTTP status, for refusals HTTP has its own status for (405, 415…). */
    static Response response(int status, IcatErrorType type, String message, int offset) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("code", type.name())
                .add("message", message == null ? "" : message);
        if (offset >= 0) {
            body.add("offset", offset);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.build()).build();
    }
}
