package org.beamcat.portal.cart.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.web.UserSession;

/**
 * The checks the cart's and the downloads' servlets make before they act, in one place so they refuse alike: each
 * sends the refusal itself (405, 403 or 400) and answers empty, and the servlet only returns.
 */
public final class ServletChecks {

    /** A POST form naming an item: the person who sent it, and the item's kind and id. */
    public record ItemForm(Caller caller, ItemKind kind, long id) {
    }

    private ServletChecks() {
    }

    /** The answer to a GET of a form's action: 405, only POST. */
    public static void postOnly(HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    /** The caller when a person logged in with an account of their own ({@link Who}); 403 otherwise. */
    public static Optional<Caller> person(UserSession session, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = Who.personal(session);
        if (caller.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return caller;
    }

    /** The {@code id} parameter ({@link Ids}); 400 when it is not one. */
    public static OptionalLong id(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = Ids.parse(request.getParameter("id"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
        return id;
    }

    /**
     * A POST of {@code kind}, {@code id} and the session's {@link FormToken}: 403 unless a person sent it with the
     * token (a cross-site form cannot know it), then 400 unless kind and id are ones.
     */
    public static Optional<ItemForm> itemForm(HttpServletRequest request, HttpServletResponse response,
            UserSession session, FormToken token) throws IOException {
        Optional<Caller> caller = Who.personal(session);
        if (caller.isEmpty() || !token.matches(request.getParameter("token"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return Optional.empty();
        }
        Optional<ItemKind> kind = ItemKind.parse(request.getParameter("kind"));
        OptionalLong id = Ids.parse(request.getParameter("id"));
        if (kind.isEmpty() || id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return Optional.empty();
        }
        return Optional.of(new ItemForm(caller.get(), kind.get(), id.getAsLong()));
    }
}
