package org.beamcat.ingest.web;

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
 * The error page of the {@code /ingest} context (web.xml), for what the servlet container refuses before
 * JAX-RS sees the request (a path under WEB-INF, a malformed URL): the same JSON error contract and
 * {@code X-Request-Id} as the mappers give, instead of Payara's HTML page with the server's version.
 */
@WebServlet(ContainerErrorPage.PATH)
public class ContainerErrorPage extends HttpServlet {

    static final String PATH = "/.error";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : HttpServletResponse.SC_NOT_FOUND;
        String message = status >= 500 ? "the server could not handle the request"
                : status == 404 ? "no such resource under /ingest" : "request refused (HTTP " + status + ")";
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(RequestIds.HEADER, RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER)));
        response.getWriter().write(Json.createObjectBuilder().add("code", IngestError.codeFor(status))
                .add("message", message).build().toString());
    }
}
