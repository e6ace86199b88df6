package org.beamcat.landing.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.jobs.SessionDoiJob;

/**
 * {@code POST /doi/admin/mint-sessions} with form field {@code sessionId} (an ICAT session of a root
 * user): runs the DOI job now (session DOIs, interrupted data-collection DOIs, embargo opening) and
 * answers what it did: {@code {"minted":[dois],"notEnded":[ids],"failed":[messages],
 * "releaseDatesSet":[ids],"publicRulesCreated":n}}. 403 for other users or a dead session.
 */
@Path("mint-sessions")
public class MintSessionsResource {

    @Inject
    RootCheck rootCheck;

    @Inject
    SessionDoiJob job;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject mint(@FormParam("sessionId") String sessionId) throws IcatException {
        rootCheck.require(sessionId);
        SessionDoiJob.Report report = job.mintEndedSessions();
        JsonArrayBuilder minted = Json.createArrayBuilder();
        report.minted().forEach(minted::add);
        JsonArrayBuilder notEnded = Json.createArrayBuilder();
        report.notEnded().forEach(notEnded::add);
        JsonArrayBuilder failed = Json.createArrayBuilder();
        report.failed().forEach(failed::add);
        JsonArrayBuilder released = Json.createArrayBuilder();
        report.releaseDatesSet().forEach(released::add);
        return Json.createObjectBuilder().add("minted", minted).add("notEnded", notEnded).add("failed", failed)
                .add("releaseDatesSet", released).add("publicRulesCreated", report.publicRulesCreated()).build();
    }
}
