package org.beamcat.landing.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.config.LandingCacheSettings;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.exports.Exports.Format;
import org.beamcat.landing.exports.Negotiation;
import org.beamcat.landing.exports.RecordExports;
import org.beamcat.landing.records.DatasetPage;
import org.beamcat.landing.records.LandingRecord;
import org.beamcat.landing.records.LandingRecords;

/**
 * Routes {@code /doi/<prefix>/<suffix>}: with an Accept header naming one of the export formats (or
 * {@code ?format=<name>}, the page's download links) it answers the record in that format, 406 when the
 * header names none of ours nor HTML; otherwise it forwards to the Faces view {@code landing.xhtml} with the
 * record and one page of its datasets ({@code ?page=N}) as request attributes. An unknown DOI, format or
 * page is a 404 (the error page {@code not-found.xhtml}); a withdrawn DOI is its tombstone with 410 Gone.
 * The view is not reachable directly. Rendered HTML is reused while the record cache serves the same record
 * ({@link RenderedPages}).
 */
@WebFilter(urlPatterns = "/*")
public class DoiFilter extends HttpFilter {

    public static final String RECORD = "org.beamcat.landing.record";
    public static final String DATASETS = "org.beamcat.landing.datasets";

    private static final Logger LOG = Logger.getLogger(DoiFilter.class.getName());
    private static final Pattern PAGE = Pattern.compile("[1-9]\\d{0,8}");

    @Inject
    LandingRecords records;

    @Inject
    DoiJobSettings jobSettings;

    @Inject
    LandingCacheSettings cacheSettings;

    @Inject
    RenderedPages rendered;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/landing.xhtml") || path.equals("/not-found.xhtml")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!DoiPaths.looksLikeDoi(path) || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Doi> doi = DoiPaths.parse(path);
        if (doi.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Vary", "Accept");
        Optional<LandingRecord> record;
        try {
            record = records.find(doi.get());
        } catch (IcatException e) {
            LOG.log(Level.WARNING, "could not look up " + doi.get() + " in the catalogue", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (record.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String formatParameter = request.getParameter("format");
        Optional<Format> format;
        if (formatParameter != null) {
            format = Format.byShortName(formatParameter);
            if (format.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } else {
            Negotiation negotiation = Negotiation.of(request.getHeader("Accept"));
            if (!negotiation.acceptable()) {
                notAcceptable(response);
                return;
            }
            format = negotiation.format();
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (format.isPresent()) {
            export(response, format.get(), record.get(), today, formatParameter != null);
            return;
        }
        page(request, response, record.get());
    }

    private void export(HttpServletResponse response, Format f, LandingRecord record, LocalDate today,
            boolean asDownload) throws IOException {
        response.setContentType(f.mediaType + ";charset=UTF-8");
        if (asDownload) {
            response.setHeader("Content-Disposition", "attachment; filename=\""
                    + record.metadata().doi().suffix().replaceAll("[^A-Za-z0-9._-]", "_") + "." + f.extension + "\"");
        }
        byte[] body = RecordExports.render(f, record, today, downloadUrl(record.metadata().doi()))
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, LandingRecord record)
            throws IOException, ServletException {
        String pageParameter = request.getParameter("page");
        if (pageParameter != null && !PAGE.matcher(pageParameter).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int page = pageParameter == null ? 1 : Integer.parseInt(pageParameter);
        DatasetPage datasets = null;
        if (!record.withdrawn()) {
            try {
                datasets = records.datasets(record, page);
            } catch (IcatException e) {
                LOG.log(Level.WARNING, "could not list the datasets of " + record.metadata().doi(), e);
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            if (page > datasets.pageCount()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.setAttribute(DATASETS, datasets);
        } else if (page != 1) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Doi doi = record.metadata().doi();
        response.setHeader("Link", "<" + doi.resolverUrl() + ">; rel=\"cite-as\", <" + record.metadata().url()
                + "?format=datacite-json>; rel=\"describedby\"; type=\"" + Format.DATACITE_JSON.mediaType + "\"");
        if (record.withdrawn()) {
            // 410: the DOI named something that was deliberately removed; crawlers drop it, people still read the
            // tombstone with its citation (browsers render a 410's body like any page).
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        render(request, response, record, datasets, page);
    }

    /** The Faces view, or the HTML it rendered for these very record and datasets objects earlier today. */
    private void render(HttpServletRequest request, HttpServletResponse response, LandingRecord record,
            DatasetPage datasets, int page) throws IOException, ServletException {
        Doi doi = record.metadata().doi();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Optional<RenderedPages.Page> kept = rendered.find(doi, page, record, datasets, today);
        if (kept.isPresent()) {
            CapturedResponse.sendTo(response, kept.get());
            return;
        }
        request.setAttribute(RECORD, record);
        if ("HEAD".equals(request.getMethod()) || !cacheSettings.enabled()) {
            request.getRequestDispatcher("/landing.xhtml").forward(request, response);
            return;
        }
        CapturedResponse capture = new CapturedResponse(response);
        request.getRequestDispatcher("/landing.xhtml").forward(request, capture);
        RenderedPages.Page fresh = capture.page();
        if (fresh == null) {
            return; // an error page went out instead
        }
        if (fresh.status() == HttpServletResponse.SC_OK || fresh.status() == HttpServletResponse.SC_GONE) {
            rendered.keep(doi, page, record, datasets, today, fresh);
        }
        CapturedResponse.sendTo(response, fresh);
    }

    private static void notAcceptable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain;charset=UTF-8");
        String types = "text/html, " + Arrays.stream(Format.values()).map(f -> f.mediaType)
                .collect(Collectors.joining(", ")) + ", application/vnd.schemaorg.ld+json";
        response.getOutputStream().write(("None of the requested media types is available. This DOI is served as: "
                + types + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The public URL of the zip of all the DOI's files. */
    URI downloadUrl(Doi doi) {
        return URI.create(jobSettings.landingBaseUrl() + "/download/" + doi);
    }
}
