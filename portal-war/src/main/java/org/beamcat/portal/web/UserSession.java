package org.beamcat.portal.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.session.LoggedIn;

/**
 * The person's portal session (the HTTP session, identified by a cookie only): who is logged in, with their
 * catalogue session, which never leaves the server; and the page they asked for before logging in.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private LoggedIn loggedIn;
    private String returnTo;

    public Optional<LoggedIn> current() {
        return Optional.ofNullable(loggedIn);
    }

    void set(LoggedIn session) {
        this.loggedIn = session;
    }

    void clear() {
        this.loggedIn = null;
    }

    /** The caller for catalogue calls; only on pages the filter protects, where someone is logged in. */
    public Caller caller() {
        if (loggedIn == null) {
            throw new IllegalStateException("no one is logged in");
        }
        return loggedIn.caller();
    }

    public boolean isLoggedIn() {
        return loggedIn != null;
    }

    public boolean isAnonymous() {
        return loggedIn != null && loggedIn.anonymous();
    }

    public boolean isSeesEverything() {
        return loggedIn != null && loggedIn.seesEverything();
    }

    public String getDisplayName() {
        return loggedIn == null ? "" : loggedIn.anonymous() ? "Guest (public data)" : loggedIn.displayName();
    }

    String takeReturnTo() {
        String path = returnTo;
        returnTo = null;
        return path;
    }

    void rememberReturnTo(String path) {
        this.returnTo = path;
    }
}
