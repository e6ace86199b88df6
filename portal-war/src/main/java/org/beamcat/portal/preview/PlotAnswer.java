package org.beamcat.portal.preview;

import org.beamcat.preview.PlotImage;
import org.beamcat.preview.Refusal;

/** The answer for a plot image. */
public sealed interface PlotAnswer {

    record Image(PlotImage image) implements PlotAnswer {
    }

    /** The file's content cannot be plotted, or the preview was busy or slow (the reason says which). */
    record Refused(Refusal refusal) implements PlotAnswer {
    }

    record NotAvailable(Unavailable why) implements PlotAnswer {
    }

    record NoSuchDataset() implements PlotAnswer {
    }
}
