package org.beamcat.portal.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.downloads.DataSelection;
import org.beamcat.portal.downloads.DataService;
import org.beamcat.portal.downloads.IdsFailure;

/**
 * The cart use cases. Adding checks with the caller's own session that they may read the item, keeps one entry
 * per piece of data (a dataset replaces its files already in the cart; a file whose dataset is in the cart is
 * not added again), and refuses what would take the cart over its limits, saying which one.
 */
public class Cart {

    private final CartStore store;
    private final CartCatalogue catalogue;
    private final DataService ids;
    private final CartLimits limits;

    public Cart(CartStore store, CartCatalogue catalogue, DataService ids, CartLimits limits) {
        this.store = store;
        this.catalogue = catalogue;
        this.ids = ids;
        this.limits = limits;
    }

    public CartLimits limits() {
        return limits;
    }

    public AddOutcome add(String userName, String sessionId, ItemKind kind, long id)
            throws CatalogueException, IdsFailure {
        Optional<CartItem> found = catalogue.readable(sessionId, kind, id);
        if (found.isEmpty()) {
            return new AddOutcome(AddOutcome.Result.NOT_READABLE,
                    "There is no " + kind.label().toLowerCase() + " " + id + " that you may read.");
        }
        CartItem item = found.get();
        List<CartItem> current = store.items(userName);
        Optional<CartItem> holder = current.stream().filter(c -> c.holds(item)).findFirst();
        if (holder.isPresent()) {
            CartItem h = holder.get();
            return new AddOutcome(AddOutcome.Result.ALREADY_IN_CART, h.kind() == item.kind() && h.id() == item.id()
                    ? "“" + item.name() + "” is already in your cart."
                    : "“" + item.name() + "” is already in your cart, in " + h.kind().label().toLowerCase() + " “"
                            + h.name() + "”.");
        }
        List<CartItem> replaced = current.stream().filter(item::holds).toList();
        List<CartItem> after = new ArrayList<>(current);
        after.removeAll(replaced);
        after.add(item);
        if (after.size() > limits.maxItems()) {
            return overLimit(item, "it would hold more than " + limits.maxItems() + " entries");
        }
        long files = catalogue.fileCount(sessionId, after);
        if (files > limits.maxFiles()) {
            return overLimit(item, "it would hold " + files + " files, and a cart may hold at most "
                    + limits.maxFiles());
        }
        long bytes = ids.size(sessionId, selectionOf(after));
        if (bytes > limits.maxBytes()) {
            return overLimit(item, "it would hold " + Sizes.human(bytes) + ", and a cart may hold at most "
                    + Sizes.human(limits.maxBytes()));
        }
        store.remove(userName, replaced);
        store.add(userName, item);
        return new AddOutcome(AddOutcome.Result.ADDED, replaced.isEmpty()
                ? "“" + item.name() + "” was added to your cart."
                : "“" + item.name() + "” was added to your cart, in place of " + replaced.size()
                        + " of its parts that were in it.");
    }

    private static AddOutcome overLimit(CartItem item, String why) {
        return new AddOutcome(AddOutcome.Result.OVER_LIMIT,
                "“" + item.name() + "” was not added: " + why + ". Download or remove some of the cart first.");
    }

    public List<CartItem> items(String userName) {
        return store.items(userName);
    }

    /** The cart with its file count (catalogue) and total size (IDS getSize), both with the caller's session. */
    public CartTotals totals(String userName, String sessionId) throws CatalogueException, IdsFailure {
        List<CartItem> items = store.items(userName);
        if (items.isEmpty()) {
            return CartTotals.empty();
        }
        return new CartTotals(items, catalogue.fileCount(sessionId, items), ids.size(sessionId, selectionOf(items)));
    }

    /** Removes one entry; false when the cart has no such entry. */
    public boolean remove(String userName, ItemKind kind, long id) {
        List<CartItem> matching = store.items(userName).stream().filter(c -> c.kind() == kind && c.id() == id)
                .toList();
        store.remove(userName, matching);
        return !matching.isEmpty();
    }

    public void clear(String userName) {
        store.clear(userName);
    }

    public static DataSelection selectionOf(List<CartItem> items) {
        return new DataSelection(idsOf(items, ItemKind.INVESTIGATION), idsOf(items, ItemKind.DATASET),
                idsOf(items, ItemKind.DATAFILE));
    }

    /** One line saying what the items are, for the download record. */
    public static String summaryOf(List<CartItem> items) {
        long investigations = items.stream().filter(i -> i.kind() == ItemKind.INVESTIGATION).count();
        long datasets = items.stream().filter(i -> i.kind() == ItemKind.DATASET).count();
        long files = items.stream().filter(i -> i.kind() == ItemKind.DATAFILE).count();
        List<String> parts = new ArrayList<>();
        if (investigations > 0) {
            parts.add(investigations + (investigations == 1 ? " investigation" : " investigations"));
        }
        if (datasets > 0) {
            parts.add(datasets + (datasets == 1 ? " dataset" : " datasets"));
        }
        if (files > 0) {
            parts.add(files + (files == 1 ? " file" : " files"));
        }
        String text = String.join(", ", parts);
        String names = String.join(", ", items.stream().limit(5).map(CartItem::name).toList())
                + (items.size() > 5 ? ", …" : "");
        String summary = text + ": " + names;
        return summary.length() > 900 ? summary.substring(0, 900) + "…" : summary;
    }

    private static List<Long> idsOf(List<CartItem> items, ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).map(CartItem::id).toList();
    }
}
