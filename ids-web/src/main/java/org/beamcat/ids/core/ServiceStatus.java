package org.beamcat.ids.core;

import java.util.List;
import org.beamcat.ids.twolevel.LockManager.LockInfo;

/**
 * What getServiceStatus reports (contract 1.4.9).
 *
 * @param opsQueue queued and running operations
 * @param locks    current dataset locks
 * @param failures ids of datasets or datafiles with a recorded restore failure
 */
public record ServiceStatus(List<QueuedOperation> opsQueue, List<LockInfo> locks, List<Long> failures) {

    /** @param data the dataset description or datafile location; @param request the requested state name */
    public record QueuedOperation(String data, String request) {
    }

    public int lockCount() {
        return locks.size();
    }
}
