package org.beamcat.ids.twolevel;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;

/**
 * Space management of two-level storage: when main storage holds more than {@code startBytes}, queue
 * ARCHIVE for the least recently used units until usage would fall to {@code stopBytes}. Units the
 * catalogue does not know are left alone, so files still being ingested are never evicted.
 */
public final class SpaceTidier implements Runnable {

    private static final Logger LOG = Logger.getLogger(SpaceTidier.class.getName());

    private final OperationQueue queue;
    private final MainStorage main;
    private final CatalogueView catalogue;
    private final long startBytes;
    private final long stopBytes;

    public SpaceTidier(OperationQueue queue, MainStorage main, CatalogueView catalogue, long startBytes,
            long stopBytes) {
        if (stopBytes >= startBytes) {
            throw new IllegalArgumentException("The stop level must be below the start level");
        }
        this.queue = queue;
        this.main = main;
        this.catalogue = catalogue;
        this.startBytes = startBytes;
        this.stopBytes = stopBytes;
    }

    @Override
    public void run() {
        try {
            if (queue.unit() == StorageUnit.DATASET) {
                for (DsInfo partial : main.datasetsToArchive(stopBytes, startBytes)) {
                    for (DsInfo dataset : catalogue.datasetsMatching(partial)) {
                        queue.request(new UnitRef.Dataset(dataset), Operation.ARCHIVE);
                    }
                }
            } else {
                for (DfInfo partial : main.datafilesToArchive(stopBytes, startBytes)) {
                    for (DfInfo datafile : catalogue.datafilesMatching(partial)) {
                        queue.request(new UnitRef.Datafile(datafile), Operation.ARCHIVE);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Space check of main storage failed; the next run retries", e);
        }
    }
}
