package org.beamcat.ids.twolevel;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;

/**
 * What the storage core asks the catalogue while it works in the background (with the reader account).
 * The REST layer implements it on the ICAT client; tests give an in-memory one.
 */
public interface CatalogueView {

    /** The dataset's datafiles that have a location (what a dataset zip must hold). */
    List<DfInfo> datafiles(DsInfo dataset) throws IOException;

    /** The full infos of datasets matching every non-null field of a partial one (eviction). */
    List<DsInfo> datasetsMatching(DsInfo partial) throws IOException;

    /** Those of the given main-storage folders that are some dataset's location (space scan). */
    Set<String> datasetLocationsAmong(Collection<String> folders) throws IOException;

    /** The full infos of datafiles matching every non-null field of a partial one (eviction). */
    List<DfInfo> datafilesMatching(DfInfo partial) throws IOException;
}
