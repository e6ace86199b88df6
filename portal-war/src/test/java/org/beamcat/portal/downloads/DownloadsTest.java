package org.beamcat.portal.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DownloadsTest {

    private final FakeDataService ids = new FakeDataService();
    private final InMemoryDownloadStore store = new InMemoryDownloadStore();
    private final Downloads downloads = new Downloads(ids, store,
            Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

    private final DataSelection two = new DataSelection(List.of(), List.of(1L, 2L), List.of());

    @Test
    void startPreparesWithTheCallersSessionAndRecordsTheDownloadForThatPersonOnly() throws Exception {
        Download d = downloads.start("simple/alice", "s-alice", "cart", "2 datasets", two);
        assertEquals(two, ids.prepared.get(d.preparedId()));
        assertEquals(List.of(d), downloads.of("simple/alice"));
        assertTrue(downloads.of("simple/bob").isEmpty());
        assertTrue(downloads.find("simple/bob", d.id()).isEmpty(), "bob cannot find alice's download");
        assertEquals(Instant.parse("2026-12-07T10:00:00Z"), d.created());
    }

    @Test
    void anEmptySelectionIsRefusedAndNothingIsRecorded() {
        assertThrows(IdsFailure.class, () -> downloads.start("simple/alice", "s", "cart", "",
                new DataSelection(List.of(), List.of(), List.of())));
        assertTrue(downloads.of("simple/alice").isEmpty());
    }

    @Test
    void aFailedPrepareRecordsNothing() {
        ids.failNextPrepare = new IdsFailure(IdsFailure.Kind.FORBIDDEN, "no");
        assertThrows(IdsFailure.class, () -> downloads.start("simple/alice", "s", "cart", "x", two));
        assertTrue(downloads.of("simple/alice").isEmpty());
    }

    @Test
    void statesFollowTheIdsAnswers() throws Exception {
        Download d = downloads.start("simple/alice", "s", "cart", "x", two);
        ids.preparations.put(d.preparedId(), Preparation.READY);
        assertEquals(new DownloadStatus(d, DownloadState.READY, 100), downloads.status("s", d));
        ids.preparations.put(d.preparedId(), Preparation.UNKNOWN);
        assertEquals(DownloadState.EXPIRED, downloads.status("s", d).state());
        ids.preparations.put(d.preparedId(), Preparation.FAILED);
        assertEquals(DownloadState.FAILED, downloads.status("s", d).state());
    }

    @Test
    void restoringProgressIsTheShareOfBytesOnline() throws Exception {
        Download d = downloads.start("simple/alice", "s", "cart", "x", two);
        ids.sizes.put(FakeDataService.key(DataSelection.ofDataset(1)), 300L);
        ids.sizes.put(FakeDataService.key(DataSelection.ofDataset(2)), 100L);
        ids.states.put(FakeDataService.key(DataSelection.ofDataset(1)), StorageState.ARCHIVED);
        ids.states.put(FakeDataService.key(DataSelection.ofDataset(2)), StorageState.ONLINE);
        assertEquals(new DownloadStatus(d, DownloadState.RESTORING, 25), downloads.status("s", d));
        ids.states.put(FakeDataService.key(DataSelection.ofDataset(1)), StorageState.RESTORING);
        assertEquals(25, downloads.status("s", d).percentOnline(), "restoring is not online yet");
    }

    @Test
    void progressNeverSays100BeforeTheIdsSaysPrepared() throws Exception {
        Download d = downloads.start("simple/alice", "s", "cart", "x", two);
        ids.sizes.put(FakeDataService.key(DataSelection.ofDataset(1)), 10L);
        assertEquals(99, downloads.status("s", d).percentOnline());
    }

    @Test
    void withoutBytesProgressCountsParts() throws Exception {
        Download d = downloads.start("simple/alice", "s", "cart", "x", two);
        ids.states.put(FakeDataService.key(DataSelection.ofDataset(2)), StorageState.ARCHIVED);
        assertEquals(50, downloads.status("s", d).percentOnline());
    }

    @Test
    void progressIsZeroWhenTheIdsRefusesTheQuestion() throws Exception {
        Download d = downloads.start("simple/alice", "s", "cart", "x", two);
        ids.forbidden.add(FakeDataService.key(DataSelection.ofDataset(1)));
        assertEquals(new DownloadStatus(d, DownloadState.RESTORING, 0), downloads.status("s", d));
    }

    @Test
    void selectionsSurviveTheirStoredForm() {
        DataSelection s = new DataSelection(List.of(7L), List.of(1L, 2L), List.of(99L));
        assertEquals(s, DataSelection.decode(s.encode()).orElseThrow());
        assertTrue(DataSelection.decode("i:1;d:x;f:").isEmpty());
        assertTrue(DataSelection.decode("i:99999999999999999999;d:;f:").isEmpty());
        assertTrue(DataSelection.decode(null).isEmpty());
    }
}
