package org.beamcat.ids.twolevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.support.testing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationQueueTest {

    @TempDir
    Path tmp;

    final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    final UnitRef ds1 = new UnitRef.Dataset(DsInfo.ofIds(1, 10));
    final UnitRef ds2 = new UnitRef.Dataset(DsInfo.ofIds(1, 11));
    final UnitRef df1 = new UnitRef.Datafile(new DfInfo(100L, "a", "1/10/a", null, null, 10L, 1L, null));
    final UnitRef df2 = new UnitRef.Datafile(new DfInfo(101L, "b", "1/10/b", null, null, 10L, 1L, null));

    OperationQueue open(StorageUnit unit) throws Exception {
        return OperationQueue.open(unit, Duration.ofSeconds(6), clock, tmp.resolve("queue.json"));
    }

    @Test
    void datasetWritesWaitForTheDelayAfterTheLatestRequestOthersRunAtOnce() throws Exception {
        OperationQueue queue = open(StorageUnit.DATASET);
        queue.request(ds1, Operation.WRITE);
        queue.request(ds2, Operation.RESTORE);
        assertEquals(List.of(ds2), units(queue.takeDue()));
        clock.advance(Duration.ofSeconds(5));
        queue.request(ds1, Operation.WRITE); // restarts the delay
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of(), queue.takeDue());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(ds1), units(queue.takeDue()));
    }

    @Test
    void datafileRequestsShareOneDelayThenGoTogether() throws Exception {
        OperationQueue queue = open(StorageUnit.DATAFILE);
        queue.request(df1, Operation.RESTORE);
        clock.advance(Duration.ofSeconds(3));
        queue.request(df2, Operation.ARCHIVE);
        assertEquals(List.of(), queue.takeDue());
        clock.advance(Duration.ofSeconds(3));
        assertEquals(List.of(df1, df2), units(queue.takeDue()));
    }

    @Test
    void aWriteLeavesAMarkerUntilItIsDone() throws Exception {
        OperationQueue queue = open(StorageUnit.DATASET);
        queue.request(ds1, Operation.WRITE);
        assertTrue(queue.hasMarker(10));
        queue.removeMarker(10);
        assertFalse(queue.hasMarker(10));
    }

    @Test
    void deletingAnUnwrittenDatafileDropsItsWriteAndMarker() throws Exception {
        OperationQueue queue = open(StorageUnit.DATAFILE);
        queue.request(df1, Operation.WRITE);
        queue.request(df1, Operation.DELETE);
        assertTrue(queue.isIdle());
        assertFalse(queue.hasMarker(100));
    }

    @Test
    void aRunningUnitIsNotTakenTwiceAndNewRequestsWaitBehindIt() throws Exception {
        OperationQueue queue = open(StorageUnit.DATASET);
        queue.request(ds1, Operation.RESTORE);
        QueueEntry running = queue.takeDue().get(0);
        queue.request(ds1, Operation.ARCHIVE);
        assertEquals(List.of(RequestedState.ARCHIVE_REQUESTED, RequestedState.RESTORE_REQUESTED), queue.states(10));
        assertEquals(List.of(), queue.takeDue());
        queue.finished(running);
        assertEquals(List.of(RequestedState.ARCHIVE_REQUESTED), states(queue.takeDue()));
    }

    @Test
    void anEntryPutBackIsMergedUnderNewerRequests() throws Exception {
        OperationQueue queue = open(StorageUnit.DATASET);
        queue.request(ds1, Operation.ARCHIVE);
        QueueEntry taken = queue.takeDue().get(0);
        queue.request(ds1, Operation.WRITE); // arrives while the archive waits for its lock
        queue.putBack(taken);
        // ARCHIVE queued, then WRITE: the contract gives WRITE_THEN_ARCHIVE
        assertEquals(List.of(RequestedState.WRITE_THEN_ARCHIVE_REQUESTED), queue.states(10));
    }

    @Test
    void theQueueSurvivesARestartAndFlagsWhatWasRunning() throws Exception {
        OperationQueue before = open(StorageUnit.DATASET);
        before.request(ds1, Operation.RESTORE);
        before.takeDue(); // running when the "crash" happens
        before.request(ds2, Operation.WRITE);
        before.recordFailure(99);

        OperationQueue after = open(StorageUnit.DATASET);
        assertEquals(List.of(RequestedState.RESTORE_REQUESTED), after.states(10));
        assertEquals(List.of(RequestedState.WRITE_REQUESTED), after.states(11));
        assertTrue(after.hasMarker(11));
        assertTrue(after.hasFailure(99));
        QueueEntry resumed = after.takeDue().get(0);
        assertEquals(ds1, resumed.unit());
        assertTrue(resumed.interrupted(), "a restore cut short must clean up before it runs again");
        clock.advance(Duration.ofSeconds(6));
        assertEquals(List.of(ds2), units(after.takeDue()));
    }

    private static List<UnitRef> units(List<QueueEntry> entries) {
        return entries.stream().map(QueueEntry::unit).toList();
    }

    private static List<RequestedState> states(List<QueueEntry> entries) {
        return entries.stream().map(QueueEntry::state).toList();
    }
}
