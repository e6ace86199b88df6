package org.beamcat.portal.cart.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.cart.web.ServletChecks.ItemForm;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.web.UserSession;

/**
 * A plain POST form that acts on one item ({@code kind}, {@code id} and the session's {@link FormToken}): "Add to
 * cart", "Download this dataset". A GET is 405; a stranger, an anonymous visitor or a form without the token is 403;
 * a bad kind or id is 400 ({@link ServletChecks}); only then does the subclass act.
 */
public abstract class ItemFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;

    @Inject
    FormToken token;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletChecks.postOnly(response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ItemForm> form = ServletChecks.itemForm(request, response, userSession, token);
        if (form.isPresent()) {
            act(request, response, form.get().caller(), form.get().kind(), form.get().id());
        }
    }

    /** Acts on the item for the person who posted the checked form, and answers. */
    protected abstract void act(HttpServletRequest request, HttpServletResponse response, Caller caller, ItemKind kind,
            long id) throws IOException;
}
