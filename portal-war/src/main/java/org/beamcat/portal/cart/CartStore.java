package org.beamcat.portal.cart;

import java.util.Collection;
import java.util.List;

/** Where each person's cart is kept, by catalogue user name (the portal's own tables). */
public interface CartStore {

    /** The person's cart, in the order the items were added. */
    List<CartItem> items(String userName);

    void add(String userName, CartItem item);

    void remove(String userName, Collection<CartItem> items);

    void clear(String userName);
}
