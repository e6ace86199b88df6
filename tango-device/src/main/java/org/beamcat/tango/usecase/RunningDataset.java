package org.beamcat.tango.usecase;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.messages.Parameter;

/**
 * A dataset between startDataset and a successful endDataset: its name, when it started (and when it was
 * first asked to end, which stays its end date across retries), its parameters and the files announced
 * through lastDataFile. Guarded by the session lock of its {@link DatasetManager}.
 */
final class RunningDataset {

    private final String name;
    private final OffsetDateTime startDate;
    private OffsetDateTime endDate;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Set<String> files = new LinkedHashSet<>();

    RunningDataset(String name, OffsetDateTime startDate) {
        this.name = name;
        this.startDate = startDate;
    }

    String name() {
        return name;
    }

    OffsetDateTime startDate() {
        return startDate;
    }

    /** Null until endDataset was first called. */
    OffsetDateTime endDate() {
        return endDate;
    }

    boolean endRequested() {
        return endDate != null;
    }

    /** Keeps the first end time: a retry after a failure does not move the end of data collection. */
    void requestEnd(OffsetDateTime now) {
        if (endDate == null) {
            endDate = now.isBefore(startDate) ? startDate : now;
        }
    }

    /** Later values replace earlier ones of the same name, as repeated SetParameters calls expect. */
    void putAll(List<Parameter> given) {
        given.forEach(parameter -> parameters.put(parameter.name(), parameter.value()));
    }

    List<Parameter> parameters() {
        return parameters.entrySet().stream().map(e -> new Parameter(e.getKey(), e.getValue())).toList();
    }

    /** A set, so re-sending the same file after a timeout does not list it twice. */
    void addFile(String path) {
        files.add(path);
    }

    int fileCount() {
        return files.size();
    }
}
