package org.beamcat.portal.cart.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/** The sentence the cart page shows once after an add (the add is a POST answered with a redirect). */
@SessionScoped
public class CartNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String message;
    private boolean problem;

    void set(String message, boolean problem) {
        this.message = message;
        this.problem = problem;
    }

    /** The message, once. */
    Optional<String> take() {
        String m = message;
        message = null;
        return Optional.ofNullable(m);
    }

    boolean problem() {
        return problem;
    }
}
