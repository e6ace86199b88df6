package org.beamcat.landing.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The DOI service's own page for every error the container would otherwise answer with Payara's page (which names
 * the server and its version): a method a servlet does not take (405), a refused media type, an exception that
 * escaped (500). Plain HTML under the original status; no detail of the failure. It answers any method, since the
 * error dispatch keeps the request's own (a PUT that failed is forwarded here as a PUT).
 */
@WebServlet(urlPatterns = "/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Map<Integer, String> TITLES = Map.of(400, "Bad request", 403, "Forbidden",
            405, "Method not allowed", 406, "Not acceptable", 415, "Unsupported media type",
            500, "Something went wrong", 503, "Service unavailable");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 404;
        String title = TITLES.getOrDefault(status, status < 500 ? "Request not served" : "Something went wrong");
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " – BeamCat DOI</title></head>\n<body><h1>" + title + "</h1>\n<p>The DOI service could not "
                + "answer this request (HTTP " + status + ").</p>\n<p><a href=\"" + request.getContextPath()
                + "/\">DOI service home</a></p></body></html>\n");
    }
}
