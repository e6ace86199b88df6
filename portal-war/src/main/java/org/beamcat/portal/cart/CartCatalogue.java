package org.beamcat.portal.cart;

import java.util.List;
import java.util.Optional;
import org.beamcat.portal.catalogue.CatalogueException;

/** What the cart asks the catalogue, always with the caller's own session (their rules apply). */
public interface CartCatalogue {

    /** The item as the caller may read it; empty when it does not exist or the caller may not read it. */
    Optional<CartItem> readable(String sessionId, ItemKind kind, long id) throws CatalogueException;

    /** How many datafiles the items hold together, as the caller may read them. */
    long fileCount(String sessionId, List<CartItem> items) throws CatalogueException;
}
