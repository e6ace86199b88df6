package org.beamcat.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.beamcat.support.web.Incidents;

/**
 * What the JAX-RS runtime refused (unknown path 404, wrong method 405, media type 415 or 406, unreadable
 * parameters 400): the same status, answered in ingest-web's JSON error contract instead of the container's
 * HTML page (which names the server and its version). The {@code Allow} header of a 405 is kept.
 */
@Provider
public class RefusedRequestMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(RefusedRequestMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response refused = e.getResponse();
        int status = refused.getStatus();
        String incident = Incidents.record(LOG, request, e);
        String message = status >= 500 ? Incidents.publicMessage(incident) : describe(status);
        Response.ResponseBuilder answer = IngestError.builder(status, IngestError.codeFor(status), message);
        String allow = refused.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    private String describe(int status) {
        String method = request == null ? "" : request.getMethod();
        return switch (status) {
            case 404 -> "no such resource under /ingest";
            case 405 -> method + " is not allowed here";
            case 406 -> "this resource answers application/json only";
            case 415 -> "unsupported Content-Type: send application/xml, text/xml or application/json";
            default -> Response.Status.fromStatusCode(status) == null ? "request refused (HTTP " + status + ")"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }
}
