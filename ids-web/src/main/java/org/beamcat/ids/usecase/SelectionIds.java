package org.beamcat.ids.usecase;

import java.util.List;
import org.beamcat.ids.core.DataSelection;

/** The three id lists of a request, already checked by the REST layer. */
public record SelectionIds(List<Long> investigations, List<Long> datasets, List<Long> datafiles) {

    public SelectionIds {
        investigations = List.copyOf(investigations);
        datasets = List.copyOf(datasets);
        datafiles = List.copyOf(datafiles);
    }

    /** Contract 1.4.1: a request for anything but one datafile is answered with a zip. */
    public boolean mustZip() {
        return DataSelection.mustZip(datafiles.size(), datasets.size(), investigations.size());
    }
}
