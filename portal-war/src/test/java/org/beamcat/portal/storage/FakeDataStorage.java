package org.beamcat.portal.storage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beamcat.portal.catalogue.Caller;

/** The data service in memory: a state per dataset (ONLINE unless set), and how many datasets each call asked about. */
public final class FakeDataStorage implements DataStorage {

    private final Map<Long, StorageState> states = new HashMap<>();
    public final List<Integer> askedPerCall = new java.util.ArrayList<>();

    public FakeDataStorage state(long datasetId, StorageState state) {
        states.put(datasetId, state);
        return this;
    }

    @Override
    public Map<Long, StorageState> datasetStates(Caller caller, List<Long> datasetIds) {
        askedPerCall.add(datasetIds.size());
        Map<Long, StorageState> result = new LinkedHashMap<>();
        datasetIds.forEach(id -> result.put(id, states.getOrDefault(id, StorageState.ONLINE)));
        return result;
    }
}
