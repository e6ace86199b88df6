package org.beamcat.portal.cart.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.portal.cart.AddOutcome;
import org.beamcat.portal.cart.Cart;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.store.StoreFailure;

/**
 * "Add to cart" from any list, page or search result: a plain POST form ({@code kind}, {@code id} and the session's
 * {@link FormToken}), answered with a redirect to the cart page, which says what happened.
 */
@WebServlet("/cart/add")
public class AddToCartServlet extends ItemFormServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AddToCartServlet.class.getName());

    @Inject
    CartNotice notice;

    @Inject
    Cart cart;

    @Override
    protected void act(HttpServletRequest request, HttpServletResponse response, Caller caller, ItemKind kind, long id)
            throws IOException {
        try {
            AddOutcome outcome = cart.add(caller.userName(), caller.sessionId(), kind, id);
            notice.set(outcome.message(), !outcome.added());
        } catch (CatalogueException e) {
            if (e.kind() == CatalogueException.Kind.SESSION_EXPIRED) {
                response.sendRedirect(request.getContextPath() + "/expired.xhtml");
                return;
            }
            failed(response, e);
            return;
        } catch (IdsFailure e) {
            if (e.kind() == IdsFailure.Kind.FORBIDDEN || e.kind() == IdsFailure.Kind.NOT_FOUND) {
                notice.set("There is no " + kind.label().toLowerCase() + " " + id + " that you may read.", true);
            } else {
                failed(response, e);
                return;
            }
        } catch (StoreFailure e) {
            failed(response, e);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/cart.xhtml");
    }

    private static void failed(HttpServletResponse response, Exception e) throws IOException {
        LOG.log(Level.WARNING, "adding to a cart failed: " + e.getMessage(), e);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
