package org.beamcat.portal.downloads.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.beamcat.portal.cart.web.ServletChecks;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.downloads.Downloads;
import org.beamcat.portal.store.StoreFailure;
import org.beamcat.portal.web.UserSession;

/**
 * {@code GET /downloads/status}: the caller's downloads and their states as JSON
 * ({@code [{"id":1,"state":"RESTORING","percentOnline":40,"label":"…"}]}), what downloads.js polls.
 */
@WebServlet("/downloads/status")
public class DownloadStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;

    @Inject
    Downloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = ServletChecks.person(userSession, response);
        if (caller.isEmpty()) {
            return;
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        try {
            downloads.statuses(caller.get().userName(), caller.get().sessionId()).stream().map(DownloadRow::of)
                    .forEach(row -> rows.add(Json.createObjectBuilder().add("id", row.id()).add("state", row.state())
                            .add("percentOnline", row.percentOnline()).add("label", row.stateLabel())));
        } catch (StoreFailure e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(rows.build().toString().getBytes(StandardCharsets.UTF_8));
    }
}
