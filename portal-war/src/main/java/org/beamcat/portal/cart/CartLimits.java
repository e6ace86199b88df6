package org.beamcat.portal.cart;

/**
 * How much one cart may hold: files, bytes and entries ({@code beamcat.portal.cart.*}, validated at start-up by
 * {@code CartSettings}).
 */
public record CartLimits(long maxFiles, long maxBytes, int maxItems) {

    public CartLimits {
        if (maxFiles < 1 || maxBytes < 1 || maxItems < 1) {
            throw new IllegalArgumentException("cart limits must be positive");
        }
    }
}
