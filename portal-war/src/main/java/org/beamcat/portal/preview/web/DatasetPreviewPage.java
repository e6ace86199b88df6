package org.beamcat.portal.preview.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.portal.browse.InvalidParameter;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.preview.DatasetPreview;
import org.beamcat.portal.preview.PageView;
import org.beamcat.portal.web.UserSession;
import org.beamcat.preview.PlotImage;
import org.beamcat.preview.PlotOutcome;
import org.beamcat.preview.TreeOutcome;

/**
 * The preview part of {@code /dataset.xhtml?id=&frame=} (view action after the dataset page's own): the master
 * file's tree and its default plot, or a message saying why there is none. The plot image itself is
 * {@link PlotServlet}'s, by dataset id and frame; the page and the image share the use case's lookup.
 */
@Named("datasetPreview")
@RequestScoped
public class DatasetPreviewPage {

    private static final Logger LOG = Logger.getLogger(DatasetPreviewPage.class.getName());

    @Inject
    DatasetPreview preview;

    @Inject
    UserSession userSession;

    private long datasetId;
    private String message;
    private boolean temporary;
    private String fileName;
    private List<TreeRow> tree = List.of();
    private boolean treeComplete = true;
    private PlotImage plot;
    private String plotMessage;
    private String plotDetail;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return; // the dataset page has answered already (not found, expired, bad parameters)
        }
        Map<String, String[]> params = faces.getExternalContext().getRequestParameterValuesMap();
        Integer frame;
        try {
            datasetId = PreviewParameters.id(params.get("id"), "id");
            frame = PreviewParameters.frame(params.get(PreviewParameters.FRAME));
        } catch (InvalidParameter e) {
            send(faces, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        PageView view;
        try {
            view = preview.page(userSession.caller(), datasetId, frame);
        } catch (CatalogueException e) {
            if (e.kind() == CatalogueException.Kind.NOT_FOUND) {
                send(faces, HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            LOG.log(Level.FINE, "no preview of dataset " + datasetId + ": " + e.kind(), e);
            message = "The preview is not available right now: the catalogue did not answer. Try again later.";
            temporary = true;
            return;
        }
        if (view instanceof PageView.Shown shown) {
            show(shown);
        } else if (view instanceof PageView.NotAvailable notAvailable) {
            message = PreviewMessages.of(notAvailable.why());
        } else {
            send(faces, HttpServletResponse.SC_NOT_FOUND); // the same answer as the dataset page's: nothing leaks
        }
    }

    private void show(PageView.Shown shown) {
        fileName = shown.fileName();
        if (shown.tree() instanceof TreeOutcome.Refused refused) {
            message = PreviewMessages.of(refused.refusal());
            temporary = PreviewMessages.temporary(refused.refusal().reason());
            return;
        }
        TreeOutcome.Shown treeShown = (TreeOutcome.Shown) shown.tree();
        tree = TreeRow.of(treeShown.tree().root());
        treeComplete = treeShown.tree().complete();
        if (shown.plot() instanceof PlotOutcome.Rendered rendered) {
            plot = rendered.image();
        } else if (shown.plot() instanceof PlotOutcome.Refused refused) {
            plotMessage = PreviewMessages.of(refused.refusal());
            plotDetail = refused.refusal().detail();
            temporary = PreviewMessages.temporary(refused.refusal().reason());
        }
    }

    private static void send(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Why there is no preview at all, or null. */
    public String getMessage() {
        return message;
    }

    /** Whether the message is about a passing condition (busy, slow, catalogue down). */
    public boolean isTemporary() {
        return temporary;
    }

    public String getFileName() {
        return fileName;
    }

    public List<TreeRow> getTree() {
        return tree;
    }

    public boolean isTreeComplete() {
        return treeComplete;
    }

    public PlotImage getPlot() {
        return plot;
    }

    public String getPlotMessage() {
        return plotMessage;
    }

    public String getPlotDetail() {
        return plotDetail;
    }

    /** The image's address: the dataset id and the frame drawn, never a path. */
    public String getPlotUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + PlotServlet.PATH + "?"
                + PreviewParameters.DATASET + "=" + datasetId
                + (plot != null && plot.frame() != null ? "&" + PreviewParameters.FRAME + "=" + plot.frame() : "");
    }

    /** The signal's shape as {@code [a × b]}. */
    public String getPlotShape() {
        return plot == null ? "" : plot.shape().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(" × ", "[", "]"));
    }

    /** Frames of the plotted stack (a 3-D signal), else 0. */
    public long getFrameCount() {
        return plot != null && plot.shape().size() == 3 ? plot.shape().get(0) : 0;
    }

    public long getDatasetId() {
        return datasetId;
    }
}
