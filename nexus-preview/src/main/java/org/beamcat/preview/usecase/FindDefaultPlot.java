package org.beamcat.preview.usecase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfEntry;

/**
 * NeXus default-plot rules: a group's {@code default} attribute names the child to follow (root → NXentry →
 * NXdata); an NXdata's {@code signal} attribute names the signal and {@code axes} its axes ("." for none).
 * Where no {@code default} is given the search goes on breadth-first, defaults first, through links into
 * the data files (a master file's {@code data_files}), to the first NXdata with a signal; older files are
 * understood too (a dataset with {@code signal=1}, colon-separated {@code axes}). A detector's {@code data}
 * (NXdetector) is the last resort. The search looks at {@code searchNodes} objects at most.
 */
public final class FindDefaultPlot {

    private static final int MAX_DEPTH = 12;

    private final int searchNodes;

    public FindDefaultPlot(int searchNodes) {
        this.searchNodes = searchNodes;
    }

    public PlotTarget find(HdfDocument document, Deadline deadline) {
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        int looked = 0;
        PlotTarget detectorData = null;
        HdfEntry.Broken firstBroken = null;
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty() && looked < searchNodes) {
            deadline.check();
            String path = queue.poll();
            if (seen.contains(path) || depth(path) > MAX_DEPTH) {
                continue;
            }
            seen.add(path);
            looked++;
            HdfEntry entry = document.entry(path);
            if (entry instanceof HdfEntry.Broken broken) {
                firstBroken = firstBroken == null ? broken : firstBroken;
                continue;
            }
            if (!(entry instanceof HdfEntry.Group group)) {
                continue;
            }
            if ("NXdata".equals(group.nxClass())) {
                PlotTarget target = signalOf(document, group);
                if (target != null) {
                    return target;
                }
            }
            if (detectorData == null && "NXdetector".equals(group.nxClass()) && group.children().contains("data")) {
                detectorData = plottable(document, HdfPaths.child(path, "data"), List.of());
            }
            // the default child is looked at next, the others after everything already queued
            String preferred = group.attribute("default");
            for (String child : group.children()) {
                if (!child.equals(preferred)) {
                    queue.addLast(HdfPaths.child(path, child));
                }
            }
            if (preferred != null && group.children().contains(preferred)) {
                queue.addFirst(HdfPaths.child(path, preferred));
            }
        }
        if (detectorData != null) {
            return detectorData;
        }
        if (firstBroken != null) {
            throw new PreviewRefusedException(
                    firstBroken.outsideDataset() ? RefusalReason.LINK_OUTSIDE_DATASET : RefusalReason.BROKEN_LINK,
                    firstBroken.path() + ": " + firstBroken.problem());
        }
        throw new PreviewRefusedException(RefusalReason.NO_PLOTTABLE_DATA,
                "no NXdata with a signal among the first " + looked + " objects");
    }

    private PlotTarget signalOf(HdfDocument document, HdfEntry.Group data) {
        String signal = data.attribute("signal");
        List<String> axes = axesOf(data.attributes().get("axes"));
        if (signal != null && data.children().contains(signal)) {
            return plottable(document, HdfPaths.child(data.path(), signal), axes);
        }
        int looked = 0;
        for (String child : data.children()) {
            if (++looked > 100) {
                break;
            }
            HdfEntry entry = document.entry(HdfPaths.child(data.path(), child));
            if (entry instanceof HdfEntry.Dataset dataset && "1".equals(dataset.attribute("signal"))) {
                List<String> legacyAxes = axesOf(dataset.attributes().get("axes"));
                return plottable(document, dataset.path(), legacyAxes.isEmpty() ? axes : legacyAxes);
            }
        }
        if (data.children().contains("data")) {
            return plottable(document, HdfPaths.child(data.path(), "data"), axes);
        }
        return null;
    }

    private static List<String> axesOf(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() == 1 && values.get(0).contains(":")) {
            return Arrays.asList(values.get(0).split(":"));
        }
        return values;
    }

    /** The signal at the path with its axes resolved beside it; a broken signal link refuses the plot. */
    private static PlotTarget plottable(HdfDocument document, String signalPath, List<String> axisNames) {
        HdfEntry entry = document.entry(signalPath);
        if (entry instanceof HdfEntry.Broken broken) {
            throw new PreviewRefusedException(
                    broken.outsideDataset() ? RefusalReason.LINK_OUTSIDE_DATASET : RefusalReason.BROKEN_LINK,
                    signalPath + ": " + broken.problem());
        }
        if (!(entry instanceof HdfEntry.Dataset signal)) {
            return null;
        }
        String parent = signalPath.substring(0, signalPath.lastIndexOf('/'));
        List<String> axes = new ArrayList<>();
        for (int dimension = 0; dimension < signal.rank(); dimension++) {
            String name = dimension < axisNames.size() ? axisNames.get(dimension).strip() : ".";
            String axis = null;
            if (!name.isEmpty() && !name.equals(".") && !name.contains("/")) {
                HdfEntry candidate = document.entry(HdfPaths.child(parent.isEmpty() ? "/" : parent, name));
                if (candidate instanceof HdfEntry.Dataset dataset && dataset.numeric() && dataset.rank() == 1
                        && dataset.shape()[0] >= signal.shape()[dimension]) {
                    axis = dataset.path();
                }
            }
            axes.add(axis);
        }
        String longName = signal.attribute("long_name");
        return new PlotTarget(signalPath, signal, axes, longName != null ? longName : HdfPaths.name(signalPath));
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
