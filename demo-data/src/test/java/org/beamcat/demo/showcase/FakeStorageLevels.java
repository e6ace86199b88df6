package org.beamcat.demo.showcase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An IDS in memory with the real one's archive timing: an archive request makes the dataset ARCHIVED at
 * once (queued) and is done after {@code ticksToArchive} looks at the queue.
 */
final class FakeStorageLevels implements StorageLevels {

    final Map<Long, String> statuses = new HashMap<>();
    final List<Long> archiveRequests = new ArrayList<>();
    boolean twoLevel = true;
    int ticksToArchive = 2;
    private int queued;

    @Override
    public boolean twoLevel() {
        return twoLevel;
    }

    @Override
    public String status(long datasetId) {
        return statuses.getOrDefault(datasetId, "ONLINE");
    }

    @Override
    public void archive(long datasetId) {
        archiveRequests.add(datasetId);
        statuses.put(datasetId, "ARCHIVED");
        queued = ticksToArchive;
    }

    @Override
    public boolean idle() {
        if (queued > 0) {
            queued--;
            return false;
        }
        return true;
    }
}
