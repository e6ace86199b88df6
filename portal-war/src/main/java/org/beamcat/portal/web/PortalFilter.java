package org.beamcat.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.beamcat.portal.session.LoggedIn;
import org.beamcat.portal.session.SessionKeeper;

/**
 * The door of every page but the login, about, expired and error pages: someone must be logged in. A person
 * who is not goes to the login page (the page they asked for is kept in their session, not in a URL); a
 * logged-in person's catalogue session is refreshed while they are active, and when the catalogue says it has
 * ended they get the "session expired" page. Pages are never cached (they show one person's data). Payara's
 * health, metrics and OpenAPI endpoints live in the root context too (it adds them to whichever module holds
 * it) and pass untouched.
 */
@WebFilter(urlPatterns = "/*")
public class PortalFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;

    @Inject
    SessionKeeper keeper;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.xhtml";
        }
        if (PortalPaths.isServerEndpoint(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (PortalPaths.isOpen(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        Optional<LoggedIn> session = userSession.current();
        if (session.isEmpty()) {
            if ("GET".equals(request.getMethod())) {
                String asked = path + (request.getQueryString() != null ? "?" + request.getQueryString() : "");
                if (PortalPaths.isReturnable(asked)) {
                    userSession.rememberReturnTo(asked);
                }
            }
            response.sendRedirect(request.getContextPath() + PortalPaths.LOGIN);
            return;
        }
        Optional<LoggedIn> alive = keeper.keepAlive(session.get());
        if (alive.isEmpty()) {
            userSession.clear();
            response.sendRedirect(request.getContextPath() + PortalPaths.EXPIRED);
            return;
        }
        if (alive.get() != session.get()) {
            userSession.set(alive.get());
        }
        chain.doFilter(request, response);
    }
}
