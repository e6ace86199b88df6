package org.beamcat.portal.cart.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.beamcat.portal.web.NavigationLink;

/** "Cart" in the header. */
@ApplicationScoped
public class CartLink implements NavigationLink {

    @Override
    public String id() {
        return "nav-cart";
    }

    @Override
    public String label() {
        return "Cart";
    }

    @Override
    public String path() {
        return "/cart.xhtml";
    }

    @Override
    public int order() {
        return 10;
    }
}
