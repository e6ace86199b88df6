package org.beamcat.landing.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.catalogue.ServiceCatalogue;

/**
 * The visitor's catalogue login, kept in the HTTP session on the server: the ICAT session id never
 * reaches the browser (no URL, no hidden field), only the container's session cookie does.
 */
@SessionScoped
public class CatalogueLogin implements Serializable {

    private static final long serialVersionUID = 1L;

    // Application-scoped, so its client proxy survives session passivation.
    @Inject
    ServiceCatalogue catalogue;

    private String sessionId;
    private String userName;

    /** Logs in with catalogue credentials; the previous login, if any, is logged out first. */
    public void login(String plugin, String username, String password) throws IcatException {
        logout();
        String id = catalogue.client().login(plugin, Map.of("username", username, "password", password));
        userName = catalogue.client().session(id).userName();
        sessionId = id;
    }

    /** The HTTP session ended (logout, timeout): end the catalogue session too rather than let it linger. */
    @PreDestroy
    void sessionEnded() {
        logout();
    }

    public void logout() {
        if (sessionId != null) {
            try {
                catalogue.client().logout(sessionId);
            } catch (IcatException e) {
                // Already gone at the catalogue: forgetting it here is all that is left to do.
            }
        }
        sessionId = null;
        userName = null;
    }

    /** Forgets a session the catalogue no longer knows. */
    public void expired() {
        sessionId = null;
        userName = null;
    }

    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /** The catalogue user, e.g. {@code simple/alice}, checked with the catalogue when the login was made. */
    public Optional<String> userName() {
        return Optional.ofNullable(userName);
    }
}
