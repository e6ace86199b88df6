package org.beamcat.landing.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.jobs.SessionDoiJob;

/**
 * {@code POST /doi/admin/mint-sessions} with form field {@code sessionId} (an ICAT session of a root
 * user): runs the DOI job now (session DOIs, interrupted data-collection DOIs, embargo opening) and
 * answers what it did as JSON ({@code {"minted":[dois],"notEnded":[ids],"failed":[messages],
 * "releaseDatesSet":[ids],"publicRulesCreated":n}}). 403 for other users or a dead session.
 */
@WebServlet(urlPatterns = "/admin/mint-sessions")
public class MintSessionsServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(MintSessionsServlet.class.getName());

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    SessionDoiJob job;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!AdminCalls.requireRoot(request, response, catalogue)) {
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
            JsonArrayBuilder released = Json.createArrayBuilder();
            report.releaseDatesSet().forEach(released::add);
            AdminCalls.answer(response, 200, Json.createObjectBuilder().add("minted", minted).add("notEnded", notEnded)
                    .add("failed", failed).add("releaseDatesSet", released)
                    .add("publicRulesCreated", report.publicRulesCreated()).build());
        } catch (IcatException | RuntimeException e) {
            LOG.log(Level.WARNING, "session DOI job failed", e);
            AdminCalls.answer(response, 502, AdminCalls.error("INTERNAL", String.valueOf(e.getMessage())));
        }
    }
}
