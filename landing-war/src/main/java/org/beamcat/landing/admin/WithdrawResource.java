package org.beamcat.landing.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.NoSuchElementException;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.withdrawal.DoiWithdrawal;

/**
 * {@code POST /doi/admin/withdraw} with form fields {@code sessionId} (a root user's ICAT session),
 * {@code doi} and {@code reason}: hides the DOI at the registrar and records the reason shown on the
 * tombstone. Answers {@code {"doi","state","reason","alreadyWithdrawn"}}; 400 for a bad DOI or reason,
 * 404 for a DOI the catalogue does not hold, 409 when the registrar refuses (a draft), 502/503 with the
 * registrar's own message when it fails ({@link RegistrarFailureMapper}).
 */
@Path("withdraw")
public class WithdrawResource {

    @Inject
    RootCheck rootCheck;

    @Inject
    DoiWithdrawal withdrawal;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject withdraw(@FormParam("sessionId") String sessionId, @FormParam("doi") String doiText,
            @FormParam("reason") String reason) throws IcatException {
        rootCheck.require(sessionId);
        Doi doi;
        try {
            doi = Doi.parse(String.valueOf(doiText));
        } catch (IllegalArgumentException e) {
            throw AdminRefusal.badParameter("doi: " + e.getMessage());
        }
        DoiWithdrawal.Outcome outcome;
        try {
            outcome = withdrawal.withdraw(doi, reason);
        } catch (IllegalArgumentException e) {
            throw AdminRefusal.badParameter(e.getMessage());
        } catch (NoSuchElementException e) {
            throw new AdminRefusal(404, "NO_SUCH_OBJECT_FOUND", e.getMessage());
        }
        return Json.createObjectBuilder()
                .add("doi", doi.toString())
                .add("state", outcome.registered().state().apiName())
                .add("reason", outcome.reason())
                .add("alreadyWithdrawn", outcome.alreadyWithdrawn())
                .build();
    }
}
