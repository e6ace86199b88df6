package org.beamcat.portal.preview;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;

/** The catalogue port in memory: datasets with a location, readers and datafiles; every call counted. */
final class FakeMasterFileCatalogue implements MasterFileCatalogue {

    record Dataset(String location, Set<String> readers, Map<String, String> files) {
    }

    private final Map<Long, Dataset> datasets = new HashMap<>();
    int calls;
    CatalogueException failure;

    FakeMasterFileCatalogue dataset(long id, String location, Set<String> readers, Map<String, String> files) {
        datasets.put(id, new Dataset(location, readers, files));
        return this;
    }

    @Override
    public Optional<String> datasetLocation(Caller caller, long datasetId) throws CatalogueException {
        calls++;
        failIfAsked();
        Dataset dataset = readable(caller, datasetId);
        return dataset == null ? Optional.empty() : Optional.of(dataset.location() == null ? "" : dataset.location());
    }

    @Override
    public Optional<String> datafileLocation(Caller caller, long datasetId, String name) throws CatalogueException {
        calls++;
        failIfAsked();
        Dataset dataset = readable(caller, datasetId);
        return dataset == null ? Optional.empty() : Optional.ofNullable(dataset.files().get(name));
    }

    private Dataset readable(Caller caller, long datasetId) {
        Dataset dataset = datasets.get(datasetId);
        return dataset != null && dataset.readers().contains(caller.userName()) ? dataset : null;
    }

    private void failIfAsked() throws CatalogueException {
        if (failure != null) {
            throw failure;
        }
    }
}
