package org.beamcat.portal.cart;

import java.util.List;

/** A cart as its page shows it: the items, how many files they hold and their total size. */
public record CartTotals(List<CartItem> items, long fileCount, long totalBytes) {

    public static CartTotals empty() {
        return new CartTotals(List.of(), 0, 0);
    }
}
