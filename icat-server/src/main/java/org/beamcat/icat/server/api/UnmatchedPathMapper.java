package org.beamcat.icat.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.support.web.Incidents;

/**
 * What the JAX-RS runtime refused, answered as icat.server answers it: "not found" (no resource matched, or a
 * non-numeric query/path parameter) is 501 with a fixed body that old clients detect removed calls by. Any other
 * refusal of the request (wrong method, media type, unacceptable Accept, unreadable body) is the client's:
 * BAD_PARAMETER in the contract's body under HTTP's own status (405 keeps its Allow header), where icat.server
 * answered INTERNAL (500).
 */
@Provider
public class UnmatchedPathMapper implements ExceptionMapper<WebApplicationException> {

    static final String MESSAGE = "Operation not implemented by this ICAT server.";

    private static final Logger LOG = Logger.getLogger(UnmatchedPathMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
            return IcatError.response(IcatErrorType.NOT_IMPLEMENTED, MESSAGE, -1);
        }
        int status = e.getResponse().getStatus();
        if (status >= 400 && status < 500) {
            Response refused = IcatError.response(status, IcatErrorType.BAD_PARAMETER, refusal(status), -1);
            String allow = e.getResponse().getHeaderString("Allow");
            return allow == null ? refused : Response.fromResponse(refused).header("Allow", allow).build();
        }
        return IcatError.response(IcatErrorType.INTERNAL, Incidents.publicMessage(Incidents.record(LOG, request, e)), -1);
    }

    private static String refusal(int status) {
        return switch (status) {
            case 405 -> "This operation does not accept this HTTP method";
            case 415 -> "This operation does not accept a body of this Content-Type";
            case 406 -> "This operation answers JSON only";
            default -> "The request was refused (HTTP " + status + ")";
        };
    }
}
