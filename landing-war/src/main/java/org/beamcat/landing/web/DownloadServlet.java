package org.beamcat.landing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.downloads.AnonymousDownloads;
import org.beamcat.landing.downloads.DownloadRefused;
import org.beamcat.landing.records.LandingRecord;
import org.beamcat.landing.records.LandingRecords;

/**
 * {@code GET /doi/download/<prefix>/<suffix>[?dataset=<id>]}: 303 See Other to the IDS's {@code getData} of a
 * zip prepared for an anonymous catalogue session (the whole DOI, or one of its datasets). A preparedId
 * rather than a session id goes into the link, so nothing reusable lands in browser history or logs, and the
 * download can be resumed. Refusals are plain text: 404 unknown DOI or dataset, 410 withdrawn, 403 under
 * embargo, 503 not yet opened by the catalogue's rules or a service not answering.
 */
@WebServlet(urlPatterns = "/download/*")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DownloadServlet.class.getName());
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

    @Inject
    LandingRecords records;

    @Inject
    AnonymousDownloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Doi> doi = DoiPaths.parse(request.getPathInfo());
        if (doi.isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "not a DOI of this service");
            return;
        }
        String dataset = request.getParameter("dataset");
        if (dataset != null && !ID.matcher(dataset).matches()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "'" + dataset + "' is not a dataset id");
            return;
        }
        try {
            Optional<LandingRecord> record = records.find(doi.get());
            if (record.isEmpty()) {
                refuse(response, HttpServletResponse.SC_NOT_FOUND, doi.get() + " is not a DOI of this service");
                return;
            }
            URI link = downloads.link(record.get(), Optional.ofNullable(dataset).map(Long::valueOf),
                    LocalDate.now(ZoneOffset.UTC));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", link.toString());
            response.setHeader("Cache-Control", "no-store");
        } catch (DownloadRefused e) {
            if (e.reason() == DownloadRefused.Reason.UNAVAILABLE) {
                LOG.warning("download of " + doi.get() + " failed: " + e.getMessage());
            }
            refuse(response, status(e.reason()), e.getMessage());
        } catch (IcatException e) {
            LOG.warning("could not look up " + doi.get() + ": " + e.getMessage());
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the catalogue did not answer");
        }
    }

    private static int status(DownloadRefused.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case WITHDRAWN -> HttpServletResponse.SC_GONE;
            case EMBARGOED -> HttpServletResponse.SC_FORBIDDEN;
            case NOT_YET_PUBLIC, UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        };
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
