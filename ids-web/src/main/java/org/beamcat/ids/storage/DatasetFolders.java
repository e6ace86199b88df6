package org.beamcat.ids.storage;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * Which folders of main storage are the registered location of a dataset (ingestion registers a dataset
 * with Dataset.location = its folder). The space scan asks this once per run for all folders that hold
 * files, so it costs per folder, not per file.
 */
@FunctionalInterface
public interface DatasetFolders {

    /** No catalogue to ask: only the IDS's own {@code <invId>/<dsId>} folders are recognised. */
    DatasetFolders NONE = folders -> Set.of();

    /** The subset of {@code folders} (locations relative to the root, '/' separated) that are dataset locations. */
    Set<String> datasetLocationsAmong(Collection<String> folders) throws IOException;
}
