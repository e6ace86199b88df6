package org.beamcat.preview.usecase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.beamcat.preview.port.HdfEntry;

/**
 * The signal the default plot draws and its axes.
 *
 * @param axes  per dimension of the signal, the axis dataset's path, or null for "use the index"
 */
public record PlotTarget(String signalPath, HdfEntry.Dataset signal, List<String> axes, String title) {

    public PlotTarget {
        axes = Collections.unmodifiableList(new ArrayList<>(axes)); // null entries allowed: List.copyOf refuses them
    }
}
