package org.beamcat.portal.cart;

import java.util.Locale;
import java.util.Optional;

/** What a cart holds: whole investigations, datasets, or single datafiles. */
public enum ItemKind {
    INVESTIGATION, DATASET, DATAFILE;

    /** From a form's {@code kind} value ({@code investigation}, {@code dataset}, {@code datafile}). */
    public static Optional<ItemKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ItemKind kind : values()) {
            if (kind.name().equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The value forms use. */
    public String formValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case INVESTIGATION -> "Investigation";
            case DATASET -> "Dataset";
            case DATAFILE -> "File";
        };
    }
}
