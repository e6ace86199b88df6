package org.beamcat.ingest.registration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A catalogue of datasets and datafiles in memory, answering as {@link CatalogueFolderRegistry} does. */
final class InMemoryFolderRegistry implements FolderRegistry {

    record Dataset(long id, String name, String location, long investigationId, String investigationName) {
    }

    record Datafile(long datasetId, String location) {
    }

    final List<Dataset> datasets = new ArrayList<>();
    final List<Datafile> datafiles = new ArrayList<>();
    int calls;

    InMemoryFolderRegistry dataset(long id, String name, String location, long investigationId, String investigation) {
        datasets.add(new Dataset(id, name, location, investigationId, investigation));
        return this;
    }

    InMemoryFolderRegistry datafile(long datasetId, String location) {
        datafiles.add(new Datafile(datasetId, location));
        return this;
    }

    @Override
    public List<RegisteredDataset> otherInvestigationsAt(long investigationId, Collection<String> locations,
            Collection<String> below, int limit) {
        calls++;
        return datasets.stream().filter(d -> d.investigationId() != investigationId)
                .filter(d -> locations.contains(d.location())
                        || below.stream().anyMatch(folder -> d.location().startsWith(folder + "/")))
                .limit(limit)
                .map(d -> new RegisteredDataset(d.id(), d.location(), d.investigationId(), d.investigationName()))
                .toList();
    }

    @Override
    public Set<Long> datasetsWithDatafileAt(Collection<String> locations) {
        calls++;
        Set<Long> ids = new HashSet<>();
        datafiles.stream().filter(f -> locations.contains(f.location())).forEach(f -> ids.add(f.datasetId()));
        return ids;
    }

    @Override
    public Set<String> datasetNamesTakenElsewhere(long investigationId, Collection<String> names, String location) {
        calls++;
        Set<String> taken = new HashSet<>();
        datasets.stream().filter(d -> d.investigationId() == investigationId && names.contains(d.name())
                && !location.equals(d.location())).forEach(d -> taken.add(d.name()));
        return taken;
    }
}
