package org.beamcat.profiles.plan;

import java.util.List;

/**
 * What applying a profile would do: the writes ({@link Change}), what it keeps although the profile no longer
 * names it (BeamCat never deletes vocabulary: values may use it), and what it refuses to change.
 *
 * @param facility the facility's id, 0 when the catalogue has no such facility (then nothing can be applied)
 */
public record ProfilePlan(String beamline, long facility, List<Change> changes, List<String> kept,
        List<String> refused) {

    public ProfilePlan {
        changes = List.copyOf(changes);
        kept = List.copyOf(kept);
        refused = List.copyOf(refused);
    }

    /** Nothing to write: the catalogue already holds what the profile says. */
    public boolean upToDate() {
        return changes.isEmpty();
    }
}
