package org.beamcat.ids.api;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Requests JAX-RS refuses before a call runs (wrong method 405, wrong media type 415, unacceptable 406):
 * the contract's JSON error with the same status and code BadRequestException (the caller's mistake, and
 * a name every client maps), instead of the catch-all 500. An unknown path keeps its 501
 * ({@link UnmatchedPathMapper}), which is more specific.
 */
@Provider
public class RefusedRequestMapper implements ExceptionMapper<ClientErrorException> {

    private static final Logger LOG = Logger.getLogger(RefusedRequestMapper.class.getName());

    @Override
    public Response toResponse(ClientErrorException e) {
        int status = e.getResponse().getStatus();
        Set<String> allowed = e.getResponse().getAllowedMethods();
        String message = switch (status) {
            case 405 -> "This call does not take that HTTP method" + (allowed.isEmpty() ? ""
                    : "; it takes " + String.join(", ", new java.util.TreeSet<>(allowed)));
            case 415 -> "This call does not take a body of that media type"
                    + " (form calls take application/x-www-form-urlencoded)";
            case 406 -> "This call cannot answer in a media type the request accepts";
            default -> "The request is refused (HTTP " + status + ")";
        };
        LOG.log(Level.FINE, "Refused: {0}", e.getMessage());
        Response response = IdsError.response(status, "BadRequestException", message);
        return allowed.isEmpty() ? response
                : Response.fromResponse(response).allow(allowed).build();
    }
}
