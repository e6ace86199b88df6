package org.beamcat.portal.cart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.portal.catalogue.CatalogueException;

/** A catalogue of a few items, each readable by the sessions listed for it, with its file count. */
public class FakeCartCatalogue implements CartCatalogue {

    private final Map<String, CartItem> items = new HashMap<>();
    private final Map<String, List<String>> readers = new HashMap<>();
    private final Map<String, Long> files = new HashMap<>();
    public String lastSession;

    public void put(CartItem item, long fileCount, String... sessions) {
        items.put(key(item.kind(), item.id()), item);
        readers.put(key(item.kind(), item.id()), List.of(sessions));
        files.put(key(item.kind(), item.id()), fileCount);
    }

    private static String key(ItemKind kind, long id) {
        return kind + ":" + id;
    }

    @Override
    public Optional<CartItem> readable(String sessionId, ItemKind kind, long id) throws CatalogueException {
        lastSession = sessionId;
        String k = key(kind, id);
        return readers.getOrDefault(k, List.of()).contains(sessionId) ? Optional.of(items.get(k)) : Optional.empty();
    }

    @Override
    public long fileCount(String sessionId, List<CartItem> cart) {
        return cart.stream().mapToLong(i -> files.getOrDefault(key(i.kind(), i.id()), 0L)).sum();
    }
}
