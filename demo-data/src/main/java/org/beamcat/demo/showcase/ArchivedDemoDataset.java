package org.beamcat.demo.showcase;

import java.io.IOException;
import java.time.Duration;

/**
 * Puts one demo dataset in the archive through the IDS's own {@code archive} request, so a newcomer sees
 * ARCHIVED and can watch a restore. Re-runs restore that demo state: an ARCHIVED dataset is left alone, an
 * ONLINE one (restored by somebody since) is archived again, a RESTORING one is left to its restore.
 */
public final class ArchivedDemoDataset {

    static final Duration POLL = Duration.ofSeconds(1);

    private final StorageLevels ids;
    private final Pause pause;
    private final int maxPolls;

    /** @param maxPolls how many times, a second apart, to look whether the IDS has done the archive */
    public ArchivedDemoDataset(StorageLevels ids, Pause pause, int maxPolls) {
        this.ids = ids;
        this.pause = pause;
        this.maxPolls = maxPolls;
    }

    public ShowcaseOutcome ensureArchived(long datasetId, String name) throws IOException, InterruptedException {
        if (!ids.twoLevel()) {
            return ShowcaseOutcome.notDone(singleLevel(name));
        }
        String status = ids.status(datasetId);
        switch (status) {
            case "ARCHIVED":
                return awaitArchived(datasetId, name, false);
            case "ONLINE":
                ids.archive(datasetId);
                return awaitArchived(datasetId, name, true);
            case "RESTORING":
                return ShowcaseOutcome.notDone("dataset " + name + " (id " + datasetId
                        + ") is being restored: left alone (run again afterwards to archive it)");
            default:
                return ShowcaseOutcome.notDone("dataset " + name + " (id " + datasetId + "): the IDS answered " + status);
        }
    }

    /** The state as it is, changing nothing (for {@code ./run.sh status}). */
    public ShowcaseOutcome describe(long datasetId, String name) throws IOException {
        if (!ids.twoLevel()) {
            return ShowcaseOutcome.notDone(singleLevel(name));
        }
        String status = ids.status(datasetId);
        String message = "dataset " + name + " (id " + datasetId + ") is " + status + " at the IDS";
        return "ARCHIVED".equals(status) ? ShowcaseOutcome.already(message) : ShowcaseOutcome.notDone(message);
    }

    private ShowcaseOutcome awaitArchived(long datasetId, String name, boolean requested)
            throws IOException, InterruptedException {
        for (int poll = 0; poll <= maxPolls; poll++) {
            if (ids.idle() && "ARCHIVED".equals(ids.status(datasetId))) {
                String message = "dataset " + name + " (id " + datasetId + ") is ARCHIVED at the IDS";
                return requested ? ShowcaseOutcome.madeNow(message + " (archived now)") : ShowcaseOutcome.already(message);
            }
            if (poll < maxPolls) {
                pause.sleep(POLL);
            }
        }
        return ShowcaseOutcome.notDone("dataset " + name + " (id " + datasetId + "): archive requested, but the IDS"
                + " had not done it after " + maxPolls + " s (its status now: " + ids.status(datasetId) + ")");
    }

    private static String singleLevel(String name) {
        return "the IDS is single-level (no archive root): dataset " + name + " stays ONLINE, nothing to restore";
    }
}
