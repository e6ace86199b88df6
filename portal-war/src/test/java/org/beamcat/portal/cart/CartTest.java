package org.beamcat.portal.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beamcat.portal.downloads.DataSelection;
import org.beamcat.portal.downloads.FakeDataService;
import org.junit.jupiter.api.Test;

class CartTest {

    private static final String ALICE = "simple/alice";

    private final InMemoryCartStore store = new InMemoryCartStore();
    private final FakeCartCatalogue catalogue = new FakeCartCatalogue();
    private final FakeDataService ids = new FakeDataService();

    private final CartItem investigation = new CartItem(ItemKind.INVESTIGATION, 10, "MA-1", 10, 0);
    private final CartItem dataset = new CartItem(ItemKind.DATASET, 20, "scan_0001", 10, 0);
    private final CartItem otherDataset = new CartItem(ItemKind.DATASET, 21, "scan_0002", 10, 0);
    private final CartItem file = new CartItem(ItemKind.DATAFILE, 30, "frame.h5", 10, 20);
    private final CartItem bobsDataset = new CartItem(ItemKind.DATASET, 40, "bob_scan", 11, 0);

    CartTest() {
        catalogue.put(investigation, 8, "s-alice");
        catalogue.put(dataset, 5, "s-alice");
        catalogue.put(otherDataset, 3, "s-alice");
        catalogue.put(file, 1, "s-alice");
        catalogue.put(bobsDataset, 2, "s-bob");
        ids.sizes.put(FakeDataService.key(DataSelection.ofInvestigation(10)), 800L);
        ids.sizes.put(FakeDataService.key(DataSelection.ofDataset(20)), 500L);
        ids.sizes.put(FakeDataService.key(DataSelection.ofDataset(21)), 300L);
        ids.sizes.put(FakeDataService.key(DataSelection.ofDatafile(30)), 100L);
    }

    private Cart cart(long maxFiles, long maxBytes, int maxItems) {
        return new Cart(store, catalogue, ids, new CartLimits(maxFiles, maxBytes, maxItems));
    }

    private Cart roomy() {
        return cart(1000, 1_000_000, 100);
    }

    @Test
    void addChecksWithTheCallersOwnSessionThatTheyMayReadTheItem() throws Exception {
        AddOutcome refused = roomy().add(ALICE, "s-alice", ItemKind.DATASET, 40);
        assertEquals(AddOutcome.Result.NOT_READABLE, refused.result());
        assertEquals("s-alice", catalogue.lastSession);
        assertTrue(store.items(ALICE).isEmpty());
        assertEquals(AddOutcome.Result.NOT_READABLE, roomy().add(ALICE, "s-alice", ItemKind.DATASET, 999).result(),
                "a missing item reads the same as a forbidden one");
    }

    @Test
    void addedItemsAreKeptPerUserWithTotalsFromCatalogueAndIds() throws Exception {
        Cart cart = roomy();
        assertTrue(cart.add(ALICE, "s-alice", ItemKind.DATASET, 20).added());
        assertTrue(cart.add(ALICE, "s-alice", ItemKind.DATASET, 21).added());
        assertEquals(new CartTotals(List.of(dataset, otherDataset), 8, 800), cart.totals(ALICE, "s-alice"));
        assertEquals(CartTotals.empty(), cart.totals("simple/bob", "s-bob"));
    }

    @Test
    void theSameItemTwiceIsOneEntry() throws Exception {
        Cart cart = roomy();
        cart.add(ALICE, "s-alice", ItemKind.DATASET, 20);
        AddOutcome again = cart.add(ALICE, "s-alice", ItemKind.DATASET, 20);
        assertEquals(AddOutcome.Result.ALREADY_IN_CART, again.result());
        assertEquals(1, store.items(ALICE).size());
    }

    @Test
    void aFileWhoseDatasetIsInTheCartIsNotAddedAgain() throws Exception {
        Cart cart = roomy();
        cart.add(ALICE, "s-alice", ItemKind.DATASET, 20);
        AddOutcome outcome = cart.add(ALICE, "s-alice", ItemKind.DATAFILE, 30);
        assertEquals(AddOutcome.Result.ALREADY_IN_CART, outcome.result());
        assertTrue(outcome.message().contains("scan_0001"), outcome.message());
    }

    @Test
    void anInvestigationReplacesItsDatasetsAndFilesInTheCart() throws Exception {
        Cart cart = roomy();
        cart.add(ALICE, "s-alice", ItemKind.DATAFILE, 30);
        cart.add(ALICE, "s-alice", ItemKind.DATASET, 21);
        AddOutcome outcome = cart.add(ALICE, "s-alice", ItemKind.INVESTIGATION, 10);
        assertTrue(outcome.added());
        assertTrue(outcome.message().contains("in place of 2"), outcome.message());
        assertEquals(List.of(investigation), store.items(ALICE));
    }

    @Test
    void addingOverTheFileLimitIsRefusedSayingWhy() throws Exception {
        Cart cart = cart(6, 1_000_000, 100);
        assertTrue(cart.add(ALICE, "s-alice", ItemKind.DATASET, 20).added());
        AddOutcome outcome = cart.add(ALICE, "s-alice", ItemKind.DATASET, 21);
        assertEquals(AddOutcome.Result.OVER_LIMIT, outcome.result());
        assertTrue(outcome.message().contains("8 files") && outcome.message().contains("at most 6"), outcome.message());
        assertEquals(List.of(dataset), store.items(ALICE));
    }

    @Test
    void addingOverTheByteLimitIsRefusedSayingWhy() throws Exception {
        Cart cart = cart(1000, 600, 100);
        assertTrue(cart.add(ALICE, "s-alice", ItemKind.DATASET, 20).added());
        AddOutcome outcome = cart.add(ALICE, "s-alice", ItemKind.DATASET, 21);
        assertEquals(AddOutcome.Result.OVER_LIMIT, outcome.result());
        assertTrue(outcome.message().contains("800 B") && outcome.message().contains("600 B"), outcome.message());
    }

    @Test
    void addingOverTheEntryLimitIsRefused() throws Exception {
        Cart cart = cart(1000, 1_000_000, 1);
        cart.add(ALICE, "s-alice", ItemKind.DATASET, 20);
        assertEquals(AddOutcome.Result.OVER_LIMIT, cart.add(ALICE, "s-alice", ItemKind.DATASET, 21).result());
    }

    @Test
    void exactlyAtTheLimitsIsAllowed() throws Exception {
        Cart cart = cart(8, 800, 2);
        cart.add(ALICE, "s-alice", ItemKind.DATASET, 20);
        assertTrue(cart.add(ALICE, "s-alice", ItemKind.DATASET, 21).added());
    }

    @Test
    void removeAndClear() throws Exception {
        Cart cart = roomy();
        cart.add(ALICE, "s-alice", ItemKind.DATASET, 20);
        cart.add(ALICE, "s-alice", ItemKind.DATASET, 21);
        assertTrue(cart.remove(ALICE, ItemKind.DATASET, 20));
        assertFalse(cart.remove(ALICE, ItemKind.DATASET, 20));
        assertFalse(cart.remove("simple/bob", ItemKind.DATASET, 21), "bob cannot remove from alice's cart");
        assertEquals(List.of(otherDataset), store.items(ALICE));
        cart.clear(ALICE);
        assertTrue(store.items(ALICE).isEmpty());
    }

    @Test
    void theSelectionAndSummaryOfACart() {
        List<CartItem> items = List.of(investigation, otherDataset, file);
        assertEquals(new DataSelection(List.of(10L), List.of(21L), List.of(30L)), Cart.selectionOf(items));
        assertEquals("1 investigation, 1 dataset, 1 file: MA-1, scan_0002, frame.h5", Cart.summaryOf(items));
    }
}
