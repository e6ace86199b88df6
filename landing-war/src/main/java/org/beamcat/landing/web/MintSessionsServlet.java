package org.beamcat.landing.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.sessions.SessionCatalogue;
import org.beamcat.landing.sessions.SessionDoiJob;

/**
 * {@code POST /doi/admin/mint-sessions} with form field {@code sessionId} (an ICAT session of a root
 * user): runs the experiment-session DOI job now and answers what it did as JSON
 * ({@code {"minted":[dois],"notEnded":[ids],"failed":[messages]}}). 403 for other users or a dead session.
 */
@WebServlet(urlPatterns = "/admin/mint-sessions")
public class MintSessionsServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(MintSessionsServlet.class.getName());

    @Inject
    SessionCatalogue catalogue;

    @Inject
    SessionDoiJob job;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sessionId = request.getParameter("sessionId");
        if (sessionId == null || sessionId.isBlank()) {
            answer(response, 400, error("BAD_PARAMETER", "sessionId is required"));
            return;
        }
        try {
            if (!catalogue.isRoot(sessionId.strip())) {
                answer(response, 403, error("INSUFFICIENT_PRIVILEGES", "only root users may trigger minting"));
                return;
            }
        } catch (IcatException e) {
            int status = e.type() == IcatErrorType.SESSION ? 403 : 502;
            answer(response, status, error(e.type() == null ? "INTERNAL" : e.type().name(), e.getMessage()));
            return;
        }
        try {
            SessionDoiJob.Report report = job.mintEndedSessions();
            JsonArrayBuilder minted = Json.createArrayBuilder();
            report.minted().forEach(minted::add);
            JsonArrayBuilder notEnded = Json.createArrayBuilder();
            report.notEnded().forEach(notEnded::add);
            JsonArrayBuilder failed = Json.createArrayBuilder();
            report.failed().forEach(failed::add);
            answer(response, 200, Json.createObjectBuilder().add("minted", minted).add("notEnded", notEnded)
                    .add("failed", failed).build());
        } catch (IcatException | RuntimeException e) {
            LOG.log(Level.WARNING, "session DOI job failed", e);
            answer(response, 502, error("INTERNAL", String.valueOf(e.getMessage())));
        }
    }

    private static JsonObject error(String code, String message) {
        return Json.createObjectBuilder().add("code", code).add("message", message == null ? "" : message).build();
    }

    private static void answer(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
