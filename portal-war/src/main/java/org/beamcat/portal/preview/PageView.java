package org.beamcat.portal.preview;

import org.beamcat.preview.PlotOutcome;
import org.beamcat.preview.PlotRequest;
import org.beamcat.preview.TreeOutcome;

/** What the dataset page shows of the master file. */
public sealed interface PageView {

    /** The tree and the default plot (each may still be a refusal of the file's content). */
    record Shown(String fileName, TreeOutcome tree, PlotOutcome plot, PlotRequest request) implements PageView {
    }

    /** The caller reads the dataset, but there is nothing to preview. */
    record NotAvailable(Unavailable why) implements PageView {
    }

    /** No such dataset, or not one the caller may read: the same answer. */
    record NoSuchDataset() implements PageView {
    }
}
