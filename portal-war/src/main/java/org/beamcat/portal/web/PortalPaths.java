package org.beamcat.portal.web;

import java.util.Set;
import java.util.regex.Pattern;

/** The portal's page paths, and which of them anyone may open without logging in. */
public final class PortalPaths {

    public static final String LOGIN = "/login.xhtml";
    public static final String EXPIRED = "/expired.xhtml";
    public static final String ABOUT = "/about.xhtml";
    public static final String MY_DATA = "/investigations.xhtml";
    public static final String PUBLIC_DATA = "/investigations.xhtml?scope=public";

    private static final Set<String> OPEN = Set.of(LOGIN, EXPIRED, ABOUT, "/error-page");
    /** The stylesheet and Faces resources (the stylesheet of the error pages too). */
    private static final Pattern RESOURCE = Pattern.compile("/(beamcat/[A-Za-z0-9._-]+|jakarta\\.faces\\.resource/.*)");
    /**
     * Payara's own endpoints, which it registers in whatever web module holds the root context — the portal's:
     * MicroProfile Health, Metrics and OpenAPI. They pass the portal's door untouched.
     */
    private static final Pattern SERVER_ENDPOINT = Pattern.compile("/(health|metrics|openapi)(/.*)?");
    /** What is worth returning to after the login: a page of ours, with an ordinary query. */
    private static final Pattern RETURNABLE = Pattern.compile("/[a-z-]+\\.xhtml(\\?[A-Za-z0-9._~%=&+-]{0,500})?");

    private PortalPaths() {
    }

    /** Whether the path (inside the portal's context) is open to everyone. */
    public static boolean isOpen(String path) {
        return OPEN.contains(path) || RESOURCE.matcher(path).matches();
    }

    /** Whether the path is one of the server's endpoints in the root context ({@code /health/ready}, {@code /metrics}). */
    public static boolean isServerEndpoint(String path) {
        return SERVER_ENDPOINT.matcher(path).matches();
    }

    /** Whether a requested path and query may be stored as the page to open after logging in. */
    public static boolean isReturnable(String pathAndQuery) {
        return RETURNABLE.matcher(pathAndQuery).matches() && !pathAndQuery.startsWith(LOGIN);
    }
}
