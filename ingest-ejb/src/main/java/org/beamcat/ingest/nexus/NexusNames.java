package org.beamcat.ingest.nexus;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns free text (SPEC labels, motor names, EDF header keys) into HDF5 link names that are safe for jhdf
 * and NeXus, and never hands out the same name twice in one group: jhdf silently overwrites a duplicate
 * name and writes a broken file for a name containing '/'.
 */
public final class NexusNames {

    private final Set<String> taken = new HashSet<>();

    /** Letters, digits and '_' only (the NeXus naming recommendation); never empty, never starting with a digit. */
    public static String safe(String text) {
        String name = text.strip().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            return "unnamed";
        }
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /** Reserves a name that must stay as it is (e.g. {@code data} in an NXdata group). */
    public String reserve(String name) {
        if (!taken.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("name already used: " + name);
        }
        return name;
    }

    /** A safe name for {@code text}, made unique in this group with a numeric suffix when needed. */
    public String unique(String text) {
        String base = safe(text);
        String name = base;
        // Case-insensitive so the file also unpacks on case-insensitive file systems and reads unambiguously.
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }
}
