package org.beamcat.landing.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.beamcat.support.web.Incidents;

/**
 * What JAX-RS itself refuses (no such operation, wrong method, media type) in the error shape, never the
 * container's page: 404 NO_SUCH_OBJECT_FOUND, other 4xx BAD_PARAMETER under their status (with Allow for
 * 405), anything else an incident.
 */
@Provider
public class RefusedRequestMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(RefusedRequestMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return AdminError.response(404, "NO_SUCH_OBJECT_FOUND", "No such operation in /doi/admin");
        }
        if (status >= 400 && status < 500) {
            Response refused = AdminError.response(status, "BAD_PARAMETER", switch (status) {
                case 405 -> "This operation does not accept this HTTP method";
                case 415 -> "This operation takes a form (application/x-www-form-urlencoded)";
                case 406 -> "This operation answers JSON only";
                default -> "The request was refused (HTTP " + status + ")";
            });
            String allow = e.getResponse().getHeaderString("Allow");
            return allow == null ? refused : Response.fromResponse(refused).header("Allow", allow).build();
        }
        return AdminError.response(500, "INTERNAL", Incidents.publicMessage(Incidents.record(LOG, request, e)));
    }
}
