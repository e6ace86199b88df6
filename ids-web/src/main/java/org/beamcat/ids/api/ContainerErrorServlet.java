package org.beamcat.ids.api;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.beamcat.support.web.RequestIds;

/**
 * The error page of the /ids web module (WEB-INF/web.xml): errors the servlet container answers itself,
 * before JAX-RS (a path under WEB-INF or META-INF, a failure outside the application), get the contract's
 * JSON error and a request id instead of the container's HTML page, which names the server and its version.
 * Called directly, it is an unknown call (501), as every other unknown path.
 */
@WebServlet(ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/.container-error";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 && number <= 599 ? number : 501;
        String name = switch (status) {
            case 403 -> "InsufficientPrivilegesException";
            case 404 -> "NotFoundException";
            case 501 -> "NOT_IMPLEMENTED";
            default -> status < 500 ? "BadRequestException" : "InternalException";
        };
        String message = switch (status) {
            case 404 -> "There is nothing at this path";
            case 501 -> "Operation not implemented by this IDS server.";
            default -> status < 500 ? "The request is refused (HTTP " + status + ")"
                    : "Unexpected server error (HTTP " + status + ")";
        };
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(RequestIds.HEADER, RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER)));
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getWriter().write(Json.createObjectBuilder().add("code", name).add("message", message).build()
                .toString());
    }
}
