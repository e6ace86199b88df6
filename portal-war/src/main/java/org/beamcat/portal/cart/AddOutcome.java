package org.beamcat.portal.cart;

/** What came of "Add to cart", with the sentence the cart page shows. */
public record AddOutcome(Result result, String message) {

    public enum Result {
        ADDED, ALREADY_IN_CART, NOT_READABLE, OVER_LIMIT
    }

    public boolean added() {
        return result == Result.ADDED;
    }
}
