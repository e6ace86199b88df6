package org.beamcat.portal.preview.web;

import org.beamcat.portal.preview.Unavailable;
import org.beamcat.preview.Refusal;
import org.beamcat.preview.RefusalReason;

/** What the dataset page says when there is no tree or no plot, worded from the typed reason. */
final class PreviewMessages {

    private PreviewMessages() {
    }

    static String of(Unavailable why) {
        return switch (why) {
            case NO_MASTER_FILE -> "This dataset has no NeXus master file to preview (ingestion writes one for each"
                    + " dataset it registers).";
            case OUTSIDE_DATA_ROOT -> "This dataset's master file is not in the data storage the portal reads, so it"
                    + " cannot be previewed.";
            case ARCHIVED -> "This dataset is archived: its files are not online. Download it (the data service"
                    + " restores it first) to look at it; the preview shows once it is online again.";
            case RESTORING -> "This dataset is being restored from the archive: the preview shows once its files are"
                    + " online.";
            case MASTER_FILE_MISSING -> "The master file of this dataset is not in storage at the moment.";
        };
    }

    static String of(Refusal refusal) {
        return switch (refusal.reason()) {
            case FILE_MISSING -> of(Unavailable.MASTER_FILE_MISSING);
            case NOT_HDF5 -> "The master file cannot be read as HDF5 (it may be truncated or corrupt).";
            case BROKEN_LINK -> "The data to plot is in a file that is missing or cannot be read.";
            case LINK_OUTSIDE_DATASET -> "The data to plot is linked from outside the dataset's folder, so it is not"
                    + " shown.";
            case NO_PLOTTABLE_DATA -> "The file names no default plot, and no data to plot was found in it.";
            case NON_NUMERIC -> "The data of the default plot is not numbers.";
            case EMPTY_SIGNAL -> "The data of the default plot holds no values.";
            case UNSUPPORTED_RANK -> "The data of the default plot has a shape the preview does not draw (it draws"
                    + " 1-D scans, 2-D images and frames of 3-D stacks).";
            case NO_SUCH_FRAME -> "The stack has no such frame.";
            case TOO_LARGE -> "The data is too large to preview within the portal's limits.";
            case TIMED_OUT -> "The preview took too long and was stopped. Try again later.";
            case BUSY -> "The preview is busy with other requests. Reload the page in a moment.";
        };
    }

    /** Whether trying again later may help (the page says so; the image answers 503). */
    static boolean temporary(RefusalReason reason) {
        return reason == RefusalReason.BUSY || reason == RefusalReason.TIMED_OUT;
    }
}
