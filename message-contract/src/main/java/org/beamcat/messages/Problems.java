package org.beamcat.messages;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a message is checked, so all of them can be reported at once. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String path, String reason) {
        found.add(new Problem(path, reason));
    }

    /**
     * Adds those of {@code others} about a field that has no problem yet, nor one above or below it.
     * Several checks look at the same field (a date that does not parse is later also "missing"; the XSD
     * reports a bad attribute on its element); the first, most specific reason is the one worth reading.
     */
    void addUncovered(List<Problem> others) {
        for (Problem other : others) {
            if (found.stream().noneMatch(p -> related(p.path(), other.path()))) {
                found.add(other);
            }
        }
    }

    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    /** Adds problems reported under {@code fromPrefix} as if they were found under {@code toPrefix}. */
    void addMoved(List<Problem> others, String fromPrefix, String toPrefix) {
        for (Problem other : others) {
            String path = other.path().startsWith(fromPrefix)
                    ? toPrefix + other.path().substring(fromPrefix.length())
                    : other.path();
            found.add(new Problem(path, other.reason()));
        }
    }

    int size() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidMessageException(found);
        }
    }
}
