package org.beamcat.portal.web;

/**
 * A link another part of the portal adds to the header's navigation (the cart, "My downloads"): implement it
 * as an application-scoped CDI bean and it appears after My data / Public data / Search, by {@link #order()}.
 */
public interface NavigationLink {

    /** An id for the link element, unique in the header (e.g. {@code nav-cart}). */
    String id();

    /** The text of the link. */
    String label();

    /** The path inside the portal, starting with {@code /} (e.g. {@code /cart.xhtml}). */
    String path();

    /** Position among the added links, smaller first. */
    default int order() {
        return 100;
    }

    /** Whether the link is shown to a person who came in anonymously. */
    default boolean forAnonymous() {
        return false;
    }
}
