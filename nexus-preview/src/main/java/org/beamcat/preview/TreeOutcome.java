package org.beamcat.preview;

/** The answer of {@link NexusPreview#tree}: the tree, or why there is none. */
public sealed interface TreeOutcome {

    record Shown(NexusTree tree) implements TreeOutcome {
    }

    record Refused(Refusal refusal) implements TreeOutcome {
    }
}
