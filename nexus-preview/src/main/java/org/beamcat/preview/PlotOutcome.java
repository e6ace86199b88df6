package org.beamcat.preview;

/** The answer of {@link NexusPreview#plot}: the image, or why there is none. */
public sealed interface PlotOutcome {

    record Rendered(PlotImage image) implements PlotOutcome {
    }

    record Refused(Refusal refusal) implements PlotOutcome {
    }
}
