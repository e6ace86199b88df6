package org.beamcat.portal.cart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Carts in a map. */
public class InMemoryCartStore implements CartStore {

    private final Map<String, List<CartItem>> carts = new HashMap<>();

    @Override
    public List<CartItem> items(String userName) {
        return List.copyOf(carts.getOrDefault(userName, List.of()));
    }

    @Override
    public void add(String userName, CartItem item) {
        carts.computeIfAbsent(userName, k -> new ArrayList<>()).add(item);
    }

    @Override
    public void remove(String userName, Collection<CartItem> items) {
        carts.getOrDefault(userName, new ArrayList<>()).removeAll(items);
    }

    @Override
    public void clear(String userName) {
        carts.remove(userName);
    }
}
