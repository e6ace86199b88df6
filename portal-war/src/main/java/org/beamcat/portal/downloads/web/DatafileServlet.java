package org.beamcat.portal.downloads.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.beamcat.portal.cart.web.ServletChecks;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.downloads.adapters.IdsStreams;
import org.beamcat.portal.web.UserSession;

/**
 * {@code GET /files/get?id=N}: one datafile, streamed from the IDS's getData with the caller's own session (sent
 * to the IDS in a POST body, never in a URL); a {@code Range: bytes=N-} resumes. Data the caller may not read are
 * not found; archived data answer 503 (prepare a download to restore them).
 */
@WebServlet("/files/get")
public class DatafileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;

    @Inject
    IdsStreams streams;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = userSession.current().map(l -> l.caller());
        if (caller.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        OptionalLong id = ServletChecks.id(request, response);
        if (id.isEmpty()) {
            return;
        }
        IdsStreams.Opened opened;
        try {
            opened = streams.datafile(caller.get().sessionId(), id.getAsLong(), request.getHeader("Range"));
        } catch (IdsFailure e) {
            StreamCopy.failed(e, response);
            return;
        }
        StreamCopy.copy(opened, response);
    }
}
