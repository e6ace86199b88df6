package org.beamcat.ingest.web;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.beamcat.support.web.ContainerErrorServlet;

/**
 * ingest-web's error contract: a JSON object {@code {"code": …, "message": …}} with ICAT's error codes, the
 * request's id in the {@code X-Request-Id} header (added by {@link IngestRequestLog}).
 */
final class IngestError {

    static final String BAD_PARAMETER = "BAD_PARAMETER";
    static final String SESSION = "SESSION";
    static final String INSUFFICIENT_PRIVILEGES = "INSUFFICIENT_PRIVILEGES";
    static final String NO_SUCH_OBJECT_FOUND = "NO_SUCH_OBJECT_FOUND";
    static final String NOT_IMPLEMENTED = "NOT_IMPLEMENTED";
    static final String INTERNAL = "INTERNAL";

    private IngestError() {
    }

    static Response.ResponseBuilder builder(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("code", code).add("message", message).build());
    }

    static Response response(int status, String code, String message) {
        return builder(status, code, message).build();
    }

    /** The code for a status the JAX-RS runtime or the container chose. */
    static String codeFor(int status) {
        return ContainerErrorServlet.icatCode(status);
    }
}
