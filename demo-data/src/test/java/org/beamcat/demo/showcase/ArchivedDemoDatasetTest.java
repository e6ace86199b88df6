package org.beamcat.demo.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchivedDemoDatasetTest {

    private final FakeStorageLevels ids = new FakeStorageLevels();
    private int pauses;
    private final ArchivedDemoDataset archived = new ArchivedDemoDataset(ids, duration -> pauses++, 5);

    @Test
    void anOnlineDatasetIsArchivedThroughTheIdsAndAwaited() throws Exception {
        ShowcaseOutcome outcome = archived.ensureArchived(7, "Ti64");
        assertTrue(outcome.done() && outcome.changed(), outcome.message());
        assertEquals(List.of(7L), ids.archiveRequests);
        assertEquals(2, pauses, "waited until the queue had done it");
        assertTrue(outcome.message().contains("ARCHIVED"), outcome.message());
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        archived.ensureArchived(7, "Ti64");
        ShowcaseOutcome again = archived.ensureArchived(7, "Ti64");
        assertTrue(again.done(), again.message());
        assertFalse(again.changed(), again.message());
        assertEquals(List.of(7L), ids.archiveRequests, "no second archive request");
    }

    @Test
    void aDatasetRestoredSinceIsArchivedAgain() throws Exception {
        archived.ensureArchived(7, "Ti64");
        ids.statuses.put(7L, "ONLINE");
        assertTrue(archived.ensureArchived(7, "Ti64").changed());
        assertEquals(List.of(7L, 7L), ids.archiveRequests);
    }

    @Test
    void aRestoreInProgressIsLeftAlone() throws Exception {
        ids.statuses.put(7L, "RESTORING");
        ShowcaseOutcome outcome = archived.ensureArchived(7, "Ti64");
        assertFalse(outcome.done());
        assertTrue(ids.archiveRequests.isEmpty());
        assertTrue(outcome.message().contains("being restored"), outcome.message());
    }

    @Test
    void aSingleLevelIdsIsReportedAndNotAskedToArchive() throws Exception {
        ids.twoLevel = false;
        ShowcaseOutcome outcome = archived.ensureArchived(7, "Ti64");
        assertFalse(outcome.done());
        assertTrue(ids.archiveRequests.isEmpty());
        assertTrue(outcome.message().contains("single-level"), outcome.message());
        assertFalse(archived.describe(7, "Ti64").done());
    }

    @Test
    void anArchiveTheIdsDoesNotFinishInTimeIsReportedNotDone() throws Exception {
        ids.ticksToArchive = 100;
        ShowcaseOutcome outcome = archived.ensureArchived(7, "Ti64");
        assertFalse(outcome.done(), outcome.message());
        assertTrue(outcome.message().contains("had not done it after 5 s"), outcome.message());
        assertEquals(5, pauses, "bounded");
    }

    @Test
    void describeChangesNothing() throws Exception {
        assertFalse(archived.describe(7, "Ti64").done());
        assertTrue(ids.archiveRequests.isEmpty());
        ids.statuses.put(7L, "ARCHIVED");
        assertTrue(archived.describe(7, "Ti64").done());
    }
}
