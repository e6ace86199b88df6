package org.beamcat.portal.cart;

/**
 * One entry of a cart: what it is, its id and name as the catalogue gave them when it was added, and where it
 * sits (its investigation, and for a datafile its dataset; 0 when it has none) so that a cart never holds a
 * datafile together with its dataset or investigation.
 */
public record CartItem(ItemKind kind, long id, String name, long investigationId, long datasetId) {

    /** Whether this entry already holds {@code other} (an investigation its datasets and files, a dataset its files). */
    public boolean holds(CartItem other) {
        if (kind == other.kind && id == other.id) {
            return true;
        }
        return switch (kind) {
            case INVESTIGATION -> other.kind != ItemKind.INVESTIGATION && other.investigationId == id;
            case DATASET -> other.kind == ItemKind.DATAFILE && other.datasetId == id;
            case DATAFILE -> false;
        };
    }

    public String formKind() {
        return kind.formValue();
    }
}
