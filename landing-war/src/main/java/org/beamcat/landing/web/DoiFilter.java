package org.beamcat.landing.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.registrar.Doi;
import org.beamcat.landing.registrar.metadata.DoiMetadata;
import org.beamcat.landing.sessions.Exports;
import org.beamcat.landing.sessions.Exports.Format;

/**
 * Routes {@code /doi/<prefix>/<suffix>}: with an Accept header naming one of the export formats (or
 * {@code ?format=<name>}, the page's download links) it answers the record in that format; otherwise it
 * forwards to the Faces view {@code landing.xhtml} with the record as a request attribute. An unknown
 * DOI is a 404 (the error page {@code not-found.xhtml}). The view is not reachable directly.
 */
@WebFilter(urlPatterns = "/*")
public class DoiFilter extends HttpFilter {

    public static final String RECORD = "org.beamcat.landing.record";

    private static final Logger LOG = Logger.getLogger(DoiFilter.class.getName());
    private static final Pattern DOI_PATH = Pattern.compile("^/(10\\.\\d{4,9})/(.+)$");

    @Inject
    DoiRecords records;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/landing.xhtml") || path.equals("/not-found.xhtml")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Matcher m = DOI_PATH.matcher(path);
        if (!m.matches() || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        Doi doi;
        try {
            doi = new Doi(m.group(1), m.group(2));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<DoiMetadata> record;
        try {
            record = records.find(doi);
        } catch (IcatException e) {
            LOG.log(Level.WARNING, "could not look up " + doi + " in the catalogue", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setHeader("Vary", "Accept");
        if (record.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String formatParameter = request.getParameter("format");
        Optional<Format> format = formatParameter != null
                ? Format.byShortName(formatParameter)
                : Format.negotiate(request.getHeader("Accept"));
        if (formatParameter != null && format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (format.isPresent()) {
            Format f = format.get();
            response.setContentType(f.mediaType + ";charset=UTF-8");
            if (formatParameter != null) {
                response.setHeader("Content-Disposition", "attachment; filename=\""
                        + doi.suffix().replaceAll("[^A-Za-z0-9._-]", "_") + "." + f.extension + "\"");
            }
            byte[] body = Exports.render(f, record.get()).getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        response.setHeader("Link", "<" + doi.resolverUrl() + ">; rel=\"cite-as\", <" + record.get().url()
                + "?format=datacite-json>; rel=\"describedby\"; type=\"" + Format.DATACITE_JSON.mediaType + "\"");
        request.setAttribute(RECORD, record.get());
        request.getRequestDispatcher("/landing.xhtml").forward(request, response);
    }
}
