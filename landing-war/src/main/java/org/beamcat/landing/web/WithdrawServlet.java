package org.beamcat.landing.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.registrar.RegistrarException;
import org.beamcat.landing.withdrawal.DoiWithdrawal;

/**
 * {@code POST /doi/admin/withdraw} with form fields {@code sessionId} (a root user's ICAT session),
 * {@code doi} and {@code reason}: hides the DOI at the registrar and records the reason shown on the
 * tombstone. Answers {@code {"doi","state","reason","alreadyWithdrawn"}}; 400 for a bad DOI or reason,
 * 404 for a DOI the catalogue does not hold, 409 when the registrar refuses (a draft), 502/503 with the
 * registrar's own message when it fails.
 */
@WebServlet(urlPatterns = "/admin/withdraw")
public class WithdrawServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(WithdrawServlet.class.getName());

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    DoiWithdrawal withdrawal;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!AdminCalls.requireRoot(request, response, catalogue)) {
            return;
        }
        Doi doi;
        try {
            doi = Doi.parse(String.valueOf(request.getParameter("doi")));
        } catch (IllegalArgumentException e) {
            AdminCalls.answer(response, 400, AdminCalls.error("BAD_PARAMETER", "doi: " + e.getMessage()));
            return;
        }
        try {
            DoiWithdrawal.Outcome outcome = withdrawal.withdraw(doi, request.getParameter("reason"));
            AdminCalls.answer(response, 200, Json.createObjectBuilder()
                    .add("doi", doi.toString())
                    .add("state", outcome.registered().state().apiName())
                    .add("reason", outcome.reason())
                    .add("alreadyWithdrawn", outcome.alreadyWithdrawn())
                    .build());
        } catch (IllegalArgumentException e) {
            AdminCalls.answer(response, 400, AdminCalls.error("BAD_PARAMETER", e.getMessage()));
        } catch (NoSuchElementException e) {
            AdminCalls.answer(response, 404, AdminCalls.error("NO_SUCH_OBJECT_FOUND", e.getMessage()));
        } catch (RegistrarException e) {
            LOG.log(Level.WARNING, "withdrawal of " + doi + " failed at the registrar", e);
            int status = switch (e.kind()) {
                case INVALID, ALREADY_EXISTS -> 409;
                case UNAVAILABLE -> 503;
                default -> 502;
            };
            AdminCalls.answer(response, status, AdminCalls.error("REGISTRAR_" + e.kind().name(), e.getMessage()));
        } catch (IcatException e) {
            LOG.log(Level.WARNING, "withdrawal of " + doi + " failed in the catalogue", e);
            AdminCalls.answer(response, 502, AdminCalls.error("INTERNAL", e.getMessage()));
        }
    }
}
