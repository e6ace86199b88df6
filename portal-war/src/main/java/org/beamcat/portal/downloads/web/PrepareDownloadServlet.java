package org.beamcat.portal.downloads.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.beamcat.portal.cart.CartCatalogue;
import org.beamcat.portal.cart.CartItem;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.cart.web.FormToken;
import org.beamcat.portal.cart.web.ItemFormServlet;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.downloads.DataSelection;
import org.beamcat.portal.downloads.Downloads;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.store.StoreFailure;

/**
 * "Download this dataset" (or investigation): a plain POST form ({@code kind}, {@code id}, the session's
 * {@link FormToken}) that prepares it at the IDS with the caller's session, records the download and shows
 * "My downloads".
 */
@WebServlet("/downloads/prepare")
public class PrepareDownloadServlet extends ItemFormServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CartCatalogue catalogue;

    @Inject
    Downloads downloads;

    @Override
    protected void act(HttpServletRequest request, HttpServletResponse response, Caller caller, ItemKind kind, long id)
            throws IOException {
        String sessionId = caller.sessionId();
        try {
            Optional<CartItem> item = catalogue.readable(sessionId, kind, id);
            if (item.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            DataSelection selection = switch (kind) {
                case INVESTIGATION -> DataSelection.ofInvestigation(id);
                case DATASET -> DataSelection.ofDataset(id);
                case DATAFILE -> DataSelection.ofDatafile(id);
            };
            downloads.start(caller.userName(), sessionId, item.get().name(),
                    kind.label() + ": " + item.get().name(), selection);
        } catch (CatalogueException e) {
            response.sendError(e.kind() == CatalogueException.Kind.UNAVAILABLE
                    ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (IdsFailure e) {
            StreamCopy.failed(e, response);
            return;
        } catch (StoreFailure e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/downloads.xhtml");
    }
}
