package org.beamcat.portal.downloads.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.beamcat.portal.cart.CartCatalogue;
import org.beamcat.portal.cart.CartItem;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.cart.web.FormToken;
import org.beamcat.portal.cart.web.Ids;
import org.beamcat.portal.cart.web.Who;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.downloads.DataSelection;
import org.beamcat.portal.downloads.Downloads;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.store.StoreFailure;
import org.beamcat.portal.web.UserSession;

/**
 * "Download this dataset" (or investigation): a plain POST form ({@code kind}, {@code id}, the session's
 * {@link FormToken}) that prepares it at the IDS with the caller's session, records the download and shows
 * "My downloads".
 */
@WebServlet("/downloads/prepare")
public class PrepareDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;

    @Inject
    FormToken token;

    @Inject
    CartCatalogue catalogue;

    @Inject
    Downloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = Who.personal(userSession);
        if (caller.isEmpty() || !token.matches(request.getParameter("token"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<ItemKind> kind = ItemKind.parse(request.getParameter("kind"));
        OptionalLong id = Ids.parse(request.getParameter("id"));
        if (kind.isEmpty() || id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String sessionId = caller.get().sessionId();
        try {
            Optional<CartItem> item = catalogue.readable(sessionId, kind.get(), id.getAsLong());
            if (item.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            DataSelection selection = switch (kind.get()) {
                case INVESTIGATION -> DataSelection.ofInvestigation(id.getAsLong());
                case DATASET -> DataSelection.ofDataset(id.getAsLong());
                case DATAFILE -> DataSelection.ofDatafile(id.getAsLong());
            };
            downloads.start(caller.get().userName(), sessionId, item.get().name(),
                    kind.get().label() + ": " + item.get().name(), selection);
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
