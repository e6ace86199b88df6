package org.beamcat.ids.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.CatalogueView;

/** The catalogue as the storage core sees it, kept in memory by the tests. */
final class InMemoryCatalogue implements CatalogueView {

    final Map<Long, DsInfo> datasets = new TreeMap<>();
    final Map<Long, DfInfo> datafiles = new TreeMap<>();

    @Override
    public synchronized List<DfInfo> datafiles(DsInfo dataset) {
        return datafiles.values().stream().filter(df -> df.dsId().equals(dataset.dsId())).toList();
    }

    @Override
    public synchronized List<DsInfo> datasetsMatching(DsInfo partial) {
        return datasets.values().stream()
                .filter(ds -> partial.dsId() == null || partial.dsId().equals(ds.dsId()))
                .filter(ds -> partial.invId() == null || partial.invId().equals(ds.invId()))
                .filter(ds -> partial.dsLocation() == null || partial.dsLocation().equals(ds.dsLocation()))
                .toList();
    }

    @Override
    public synchronized Set<String> datasetLocationsAmong(Collection<String> folders) {
        Set<String> found = new HashSet<>();
        datasets.values().stream().map(DsInfo::dsLocation).filter(folders::contains).forEach(found::add);
        return found;
    }

    @Override
    public synchronized List<DfInfo> datafilesMatching(DfInfo partial) {
        List<DfInfo> found = new ArrayList<>();
        for (DfInfo df : datafiles.values()) {
            if (partial.dfLocation() == null || Objects.equals(partial.dfLocation(), df.dfLocation())) {
                found.add(df);
            }
        }
        return found;
    }
}
