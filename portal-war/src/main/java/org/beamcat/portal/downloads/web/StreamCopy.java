package org.beamcat.portal.downloads.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.downloads.adapters.IdsStreams;

/** Passes an opened IDS getData on to the browser: status (200 or 206), length, range, file name, the bytes. */
final class StreamCopy {

    private StreamCopy() {
    }

    static void copy(IdsStreams.Opened opened, HttpServletResponse response) throws IOException {
        try (opened) {
            response.setStatus(opened.status());
            response.setContentType("application/octet-stream");
            response.setHeader("Accept-Ranges", "bytes");
            response.setHeader("Cache-Control", "private, no-store");
            opened.contentLength().ifPresent(length -> response.setHeader("Content-Length", length));
            opened.contentRange().ifPresent(range -> response.setHeader("Content-Range", range));
            opened.contentDisposition().ifPresent(d -> response.setHeader("Content-Disposition", d));
            InputStream in = opened.body();
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
        }
    }

    /** The error page for a failed open (nothing has been written yet). */
    static void failed(IdsFailure e, HttpServletResponse response) throws IOException {
        response.sendError(switch (e.kind()) {
            case NOT_FOUND, FORBIDDEN -> HttpServletResponse.SC_NOT_FOUND;
            case BAD_REQUEST -> HttpServletResponse.SC_BAD_REQUEST;
            case SESSION_EXPIRED -> HttpServletResponse.SC_FORBIDDEN;
            case UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        });
    }
}
