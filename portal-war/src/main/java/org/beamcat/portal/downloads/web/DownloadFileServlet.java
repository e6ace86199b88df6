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
import org.beamcat.portal.downloads.Download;
import org.beamcat.portal.downloads.DownloadState;
import org.beamcat.portal.downloads.Downloads;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.downloads.adapters.IdsStreams;
import org.beamcat.portal.store.StoreFailure;
import org.beamcat.portal.web.UserSession;

/**
 * {@code GET /downloads/file?id=N}: the zip of one of the caller's ready downloads, streamed from the IDS's
 * {@code getData?preparedId=} through the portal, so the preparedId never reaches the browser; a
 * {@code Range: bytes=N-} resumes. Another person's download id is not found.
 */
@WebServlet("/downloads/file")
public class DownloadFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;

    @Inject
    Downloads downloads;

    @Inject
    IdsStreams streams;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = ServletChecks.person(userSession, response);
        if (caller.isEmpty()) {
            return;
        }
        OptionalLong id = ServletChecks.id(request, response);
        if (id.isEmpty()) {
            return;
        }
        Optional<Download> download;
        try {
            download = downloads.find(caller.get().userName(), id.getAsLong());
        } catch (StoreFailure e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DownloadState state = downloads.status(caller.get().sessionId(), download.get()).state();
        if (state == DownloadState.EXPIRED) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (state != DownloadState.READY) {
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        IdsStreams.Opened opened;
        try {
            opened = streams.prepared(download.get().preparedId(), request.getHeader("Range"));
        } catch (IdsFailure e) {
            StreamCopy.failed(e, response);
            return;
        }
        StreamCopy.copy(opened, response);
    }
}
