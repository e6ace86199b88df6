package org.beamcat.ids.twolevel;

import java.util.Locale;

/** What moves between main and archive storage as a whole. */
public enum StorageUnit {
    /** A dataset is one zip in the archive; its files are online together. */
    DATASET,
    /** Each datafile moves on its own, under the same location on both levels. */
    DATAFILE;

    /** Case-insensitive, as run.properties' {@code storageUnit}. */
    public static StorageUnit parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
