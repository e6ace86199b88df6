package org.beamcat.portal.storage;

import java.util.List;
import java.util.Map;
import org.beamcat.portal.catalogue.Caller;

/**
 * The data service as the portal's lists need it (port): the storage state of datasets, asked with the
 * caller's own session. One adapter over the IDS's HTTP API ({@link IdsDataStorage}), a fake in unit tests.
 */
public interface DataStorage {

    /** The state of each dataset (bounded: the datasets of one page); never fails, UNKNOWN instead. */
    Map<Long, StorageState> datasetStates(Caller caller, List<Long> datasetIds);
}
