package org.beamcat.demo.showcase;

import java.io.IOException;

/** The data service as the showcase sees it: its levels, one dataset's status, and its archive request. */
public interface StorageLevels {

    /** Whether the IDS has an archive level ({@code isTwoLevel}). */
    boolean twoLevel() throws IOException;

    /** {@code getStatus} of one dataset: ONLINE, RESTORING or ARCHIVED. */
    String status(long datasetId) throws IOException;

    /** The IDS's own {@code archive} request for one dataset (queued by the IDS, done in the background). */
    void archive(long datasetId) throws IOException;

    /** Whether the IDS's deferred-operation queue is empty, i.e. the requested archive has been done. */
    boolean idle() throws IOException;
}
