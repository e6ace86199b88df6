package org.beamcat.portal.preview.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.portal.browse.InvalidParameter;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.preview.DatasetPreview;
import org.beamcat.portal.preview.PlotAnswer;
import org.beamcat.portal.web.UserSession;
import org.beamcat.preview.PlotImage;

/**
 * {@code GET /preview/plot.png?dataset=<id>&frame=<n>}: the dataset's default plot as PNG, for a logged-in person
 * whose catalogue session reads the dataset (behind the portal's filter, like every page). Answers: the PNG; 400
 * for parameters that are not an id and a frame; 404 (the themed page) for a dataset that does not exist or that
 * the caller may not read (the same answer), one with no preview and content that cannot be plotted (the page
 * says why); 503 when the preview or the catalogue is busy or slow.
 */
@WebServlet(urlPatterns = PlotServlet.PATH)
public class PlotServlet extends HttpServlet {

    static final String PATH = "/preview/plot.png";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PlotServlet.class.getName());

    @Inject
    DatasetPreview preview;

    @Inject
    UserSession userSession;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long datasetId;
        Integer frame;
        try {
            datasetId = PreviewParameters.id(request.getParameterValues(PreviewParameters.DATASET),
                    PreviewParameters.DATASET);
            frame = PreviewParameters.frame(request.getParameterValues(PreviewParameters.FRAME));
        } catch (InvalidParameter e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        PlotAnswer answer;
        try {
            answer = preview.plot(userSession.caller(), datasetId, frame);
        } catch (CatalogueException e) {
            response.sendError(status(e));
            return;
        }
        if (answer instanceof PlotAnswer.Image image) {
            write(image.image(), response);
        } else if (answer instanceof PlotAnswer.Refused refused
                && PreviewMessages.temporary(refused.refusal().reason())) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else {
            // no such dataset, not the caller's, no preview, content that cannot be plotted: the page says which
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void write(PlotImage image, HttpServletResponse response) throws IOException {
        byte[] png = image.png();
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }

    private static int status(CatalogueException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case BAD_REQUEST -> HttpServletResponse.SC_BAD_REQUEST;
            case SESSION_EXPIRED, LOGIN_REFUSED -> HttpServletResponse.SC_FORBIDDEN;
            case UNAVAILABLE -> {
                LOG.log(Level.WARNING, "the catalogue failed: " + e.getMessage(), e);
                yield HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
        };
    }
}
