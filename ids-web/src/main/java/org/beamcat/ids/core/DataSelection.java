package org.beamcat.ids.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;

/**
 * The data a request is about, as the REST layer resolved it in the catalogue: every dataset involved
 * (including empty ones) and every datafile with a location. Kept in id order, so zips and status scans
 * are the same whatever order the catalogue answered in.
 */
public record DataSelection(List<DsInfo> datasets, List<DfInfo> datafiles) {

    public DataSelection {
        Map<Long, DsInfo> byId = new TreeMap<>();
        for (DsInfo ds : datasets) {
            if (ds.dsId() == null) {
                throw new IllegalArgumentException("A dataset without an id: " + ds);
            }
            byId.putIfAbsent(ds.dsId(), ds);
        }
        Map<Long, DfInfo> files = new TreeMap<>();
        for (DfInfo df : datafiles) {
            if (df.dfId() == null || df.dfLocation() == null) {
                throw new IllegalArgumentException("A datafile without an id or location: " + df);
            }
            if (!byId.containsKey(df.dsId())) {
                throw new IllegalArgumentException("Datafile " + df.dfId() + " has no dataset in the selection");
            }
            files.putIfAbsent(df.dfId(), df);
        }
        datasets = List.copyOf(byId.values());
        datafiles = List.copyOf(files.values());
    }

    public static DataSelection empty() {
        return new DataSelection(List.of(), List.of());
    }

    /**
     * The contract's rule for forcing a zip (1.4.1): more than one datafile id, any dataset or
     * investigation id, or nothing at all was asked for.
     */
    public static boolean mustZip(int datafileIds, int datasetIds, int investigationIds) {
        return datafileIds != 1 || datasetIds > 0 || investigationIds > 0;
    }

    public DsInfo dataset(long dsId) {
        return datasets.stream().filter(ds -> ds.dsId() == dsId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No dataset " + dsId + " in the selection"));
    }

    /** Ids of the datasets with no datafile in the selection: they always count as online. */
    public Set<Long> emptyDatasetIds() {
        Set<Long> withFiles = datafiles.stream().map(DfInfo::dsId).collect(Collectors.toSet());
        return datasets.stream().map(DsInfo::dsId).filter(id -> !withFiles.contains(id))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The datasets by id: for lookups per datafile, which a scan of the list would make quadratic. */
    public Map<Long, DsInfo> datasetsById() {
        Map<Long, DsInfo> byId = new HashMap<>();
        datasets.forEach(ds -> byId.put(ds.dsId(), ds));
        return byId;
    }

    /** Datasets with their selected datafiles, in id order. */
    public Map<DsInfo, List<DfInfo>> byDataset() {
        Map<Long, DsInfo> byId = datasetsById();
        Map<DsInfo, List<DfInfo>> grouped = new LinkedHashMap<>();
        datasets.forEach(ds -> grouped.put(ds, new ArrayList<>()));
        datafiles.stream().sorted(Comparator.comparing(DfInfo::dfId))
                .forEach(df -> grouped.get(byId.get(df.dsId())).add(df));
        return grouped;
    }

    public List<Long> datafileIds() {
        return datafiles.stream().map(DfInfo::dfId).toList();
    }
}
