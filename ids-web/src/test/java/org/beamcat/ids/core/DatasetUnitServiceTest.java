package org.beamcat.ids.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.beamcat.ids.error.DataNotOnlineException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.StorageUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-level storage by dataset, through the facade, with real folders. */
class DatasetUnitServiceTest {

    @TempDir
    Path tmp;

    StorageFixture fx;
    DsInfo ds1;
    DsInfo ds2;

    @BeforeEach
    void setUp() throws Exception {
        fx = new StorageFixture(tmp, StorageUnit.DATASET, true);
        ds1 = fx.dataset(10);
        ds2 = fx.dataset(11);
        fx.file(ds1, 100, "one");
        fx.file(ds1, 101, "two");
        fx.file(ds2, 102, "three");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void restoreGoesFromArchivedThroughRestoringToOnline() throws Exception {
        StorageServices service = fx.open();
        DataSelection both = fx.selection(ds1, ds2);
        fx.archiveAll(both);
        assertFalse(fx.main.exists(ds1), "archive removes the dataset from main storage");
        assertTrue(Files.exists(fx.archiveRoot.resolve("1/10")), "the dataset zip is in the archive");
        assertEquals(Status.ARCHIVED, service.availability().status(both));

        String preparedId = service.availability().prepare(both, false, false);
        assertEquals(Status.RESTORING, service.availability().status(preparedId)); // the archive's 30 ms delay keeps it there
        fx.awaitIdle();
        assertEquals(Status.ONLINE, service.availability().status(preparedId));
        assertTrue(service.availability().isPrepared(preparedId));

        Map<String, String> entries = unzip(download(service, preparedId, 0));
        assertEquals(Map.of("ids/Fac/inv/N%2FA/ds10/file100.dat", "one", "ids/Fac/inv/N%2FA/ds10/file101.dat", "two",
                "ids/Fac/inv/N%2FA/ds11/file102.dat", "three"), entries);
    }

    @Test
    void getStatusNeverRestoresButGetDataDoes() throws Exception {
        StorageServices service = fx.open();
        DataSelection one = fx.selection(ds1);
        fx.archiveAll(one);
        for (int i = 0; i < 3; i++) {
            assertEquals(Status.ARCHIVED, service.availability().status(one));
        }
        assertTrue(service.core().serviceStatus().opsQueue().isEmpty());

        DataNotOnlineException e = assertThrows(DataNotOnlineException.class,
                () -> service.downloads().open(one, true, false, 0));
        assertEquals(StorageCore.DATASET_NOT_ONLINE, e.getMessage());
        assertEquals(503, e.httpStatus());
        fx.awaitIdle();
        assertEquals(Status.ONLINE, service.availability().status(one));
        assertEquals(List.of("one", "two"), List.copyOf(unzip(download(service, one, true, 0)).values()));
    }

    @Test
    void statusPrecedenceArchivedOverRestoringOverOnline() throws Exception {
        fx.queueInterval = Duration.ofHours(1); // nothing queued here ever runs
        StorageServices service = fx.open();
        DsInfo restoring = fx.dataset(12);
        fx.file(restoring, 103, "r");
        DsInfo archiving = fx.dataset(13);
        fx.file(archiving, 104, "a");
        DsInfo empty = fx.dataset(14);
        fx.main.delete(restoring);
        fx.main.delete(ds2); // archived: not on main storage, nothing queued
        service.availability().restore(fx.selection(restoring));
        service.availability().archive(fx.selection(archiving)); // still on disk, but an archive is pending

        assertEquals(Status.ONLINE, service.availability().status(fx.selection(ds1, empty)));
        assertEquals(Status.RESTORING, service.availability().status(fx.selection(ds1, restoring)));
        assertEquals(Status.ARCHIVED, service.availability().status(fx.selection(ds1, archiving)));
        assertEquals(Status.ARCHIVED, service.availability().status(fx.selection(restoring, ds2)));
        assertEquals(Status.ARCHIVED, service.availability().status(fx.selection(ds2, restoring)));
    }

    @Test
    void aFailedRestoreIsReportedUntilReset() throws Exception {
        StorageServices service = fx.open();
        DataSelection one = fx.selection(ds1);
        fx.archiveAll(one);
        fx.archive.failing = true;
        String preparedId = service.availability().prepare(one, true, false);
        fx.awaitIdle();
        for (int i = 0; i < 2; i++) {
            InternalException e = assertThrows(InternalException.class, () -> service.availability().status(one));
            assertEquals("Restore failed", e.getMessage());
            assertThrows(InternalException.class, () -> service.availability().isPrepared(preparedId));
        }
        assertEquals(List.of(10L), service.core().serviceStatus().failures());
        assertFalse(fx.main.exists(ds1), "nothing half-restored is left online");

        service.availability().reset(preparedId);
        assertEquals(Status.ARCHIVED, service.availability().status(one));
        fx.archive.failing = false;
        assertFalse(service.availability().isPrepared(preparedId)); // queues the restore again
        fx.awaitIdle();
        assertTrue(service.availability().isPrepared(preparedId));
    }

    @Test
    void aCorruptArchiveFailsTheRestore() throws Exception {
        StorageServices service = fx.open();
        DataSelection one = fx.selection(ds1);
        fx.archiveAll(one);
        // The catalogue now records another checksum than the archived bytes have.
        DfInfo df = fx.catalogue.datafiles.get(100L);
        fx.catalogue.datafiles.put(100L, new DfInfo(df.dfId(), df.dfName(), df.dfLocation(), df.createId(),
                df.modId(), df.dsId(), df.fileSize(), "1234abcd"));
        service.availability().restore(one);
        fx.awaitIdle();
        assertThrows(InternalException.class, () -> service.availability().status(one));
        assertFalse(fx.main.exists(ds1));
    }

    @Test
    void locksMakeConflictingWorkWaitOrAnswerBusy() throws Exception {
        StorageServices service = fx.open();
        DataSelection one = fx.selection(ds1);
        service.availability().write(one);
        fx.awaitIdle();
        try (Download download = service.downloads().open(one, true, false, 0)) {
            assertEquals(1, service.core().serviceStatus().lockCount());
            DataNotOnlineException busy = assertThrows(DataNotOnlineException.class, () -> service.deletions().begin(one));
            assertEquals("Data is busy", busy.getMessage());
            service.availability().archive(one);
            Thread.sleep(200);
            assertTrue(fx.main.exists(ds1), "the archive waits while the download holds its shared lock");
            assertEquals("ARCHIVE_REQUESTED", service.core().serviceStatus().opsQueue().get(0).request());
        }
        fx.awaitIdle();
        assertFalse(fx.main.exists(ds1));
    }

    @Test
    void theQueueResumesAfterARestart() throws Exception {
        StorageServices service = fx.open();
        DataSelection one = fx.selection(ds1);
        fx.archiveAll(one);
        service.close();

        fx.queueInterval = Duration.ofHours(1); // the first tick runs at start-up, before the request
        service = fx.open();
        service.availability().restore(one);
        service.close();
        assertFalse(fx.main.exists(ds1), "nothing ran: the restore only sits in the journal");

        fx.queueInterval = Duration.ofMillis(20);
        service = fx.open();
        // The journalled restore survived the restart: the unit is RESTORING, or already ONLINE when the
        // first 20 ms tick won the race against this line; ARCHIVED would mean the request was lost.
        assertNotEquals(Status.ARCHIVED, service.availability().status(one));
        fx.awaitIdle();
        assertEquals(Status.ONLINE, service.availability().status(one));
    }

    @Test
    void aPutIsWrittenToTheArchiveBeforeItMayBeEvicted() throws Exception {
        StorageServices service = fx.open();
        DsInfo fresh = fx.dataset(20);
        StoredFile stored = service.intake().store(fresh, Optional.empty(), "new.dat",
                new ByteArrayInputStream("new bytes".getBytes(StandardCharsets.UTF_8)));
        assertEquals(9, stored.size());
        DfInfo df = new DfInfo(200L, "new.dat", stored.location(), "db/u", "db/u", 20L, stored.size(), stored.checksum());
        fx.catalogue.datafiles.put(200L, df);
        service.intake().registered(fresh, df);
        service.availability().archive(fx.selection(fresh)); // merges into WRITE_THEN_ARCHIVE
        assertEquals("WRITE_THEN_ARCHIVE_REQUESTED", service.core().serviceStatus().opsQueue().get(0).request());
        fx.awaitIdle();
        assertFalse(fx.main.exists(fresh));
        assertTrue(Files.exists(fx.archiveRoot.resolve("1/20")));
        service.availability().restore(fx.selection(fresh));
        fx.awaitIdle();
        assertEquals("new bytes", Files.readString(fx.dataRoot.resolve(stored.location())));
    }

    @Test
    void aPutIntoAnArchivedDatasetAsksForARestore() throws Exception {
        StorageServices service = fx.open();
        fx.archiveAll(fx.selection(ds1));
        assertThrows(DataNotOnlineException.class,
                () -> service.intake().store(ds1, Optional.of(fx.catalogue.datafiles.get(100L)), "x",
                        new ByteArrayInputStream(new byte[1])));
        fx.awaitIdle();
        assertTrue(fx.main.exists(ds1));
    }

    @Test
    void theTidierEvictsTheLeastRecentlyUsedDatasetsAndLosesNothing() throws Exception {
        DsInfo big = fx.dataset(30);
        fx.file(big, 300, "x".repeat(3000));
        Files.setLastModifiedTime(fx.dataRoot.resolve("1/30/f300"), java.nio.file.attribute.FileTime.fromMillis(0));
        fx.startLevel = java.util.Optional.of(3000L); // 3011 bytes are used
        fx.stopLevel = java.util.Optional.of(100L);
        fx.tidierInterval = Duration.ofMillis(50);
        StorageServices service = fx.open();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (fx.main.exists(big) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(fx.main.exists(big), "the oldest dataset was evicted");
        assertTrue(fx.main.exists(ds1) && fx.main.exists(ds2), "one eviction was enough to get below the stop level");
        assertTrue(Files.exists(fx.archiveRoot.resolve("1/30")), "never archived before, so it was written first");
        service.close();
        fx.startLevel = java.util.Optional.empty(); // else the tidier evicts it again right after the restore
        fx.stopLevel = java.util.Optional.empty();
        service = fx.open();
        service.availability().restore(fx.selection(big));
        fx.awaitIdle();
        assertEquals("x".repeat(3000), Files.readString(fx.dataRoot.resolve("1/30/f300")));
    }

    @Test
    void aResumedDownloadIsTheTailOfTheFullOne() throws Exception {
        StorageServices service = fx.open();
        String preparedId = service.availability().prepare(fx.selection(ds1, ds2), true, true);
        byte[] full = download(service, preparedId, 0);
        for (int offset : new int[] {1, 20, full.length - 3, full.length + 10}) {
            assertArrayEquals(Arrays.copyOfRange(full, Math.min(offset, full.length), full.length),
                    download(service, preparedId, offset), "offset " + offset);
        }
    }

    @Test
    void aSingleFileIsServedUnzippedWithItsLength() throws Exception {
        StorageServices service = fx.open();
        DataSelection single = new DataSelection(List.of(ds2), fx.catalogue.datafiles(ds2));
        try (Download download = service.downloads().open(single, false, false, 2)) {
            assertFalse(download.zipped());
            assertEquals("file102.dat", download.fileName());
            assertEquals(3, download.contentLength().getAsLong());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            download.writeTo(out);
            assertEquals("ree", out.toString(StandardCharsets.UTF_8));
        }
        assertEquals(0, service.core().serviceStatus().lockCount(), "writing released the lock");
    }

    @Test
    void aDeleteRebuildsTheDatasetZipFromWhatIsLeft() throws Exception {
        StorageServices service = fx.open();
        service.availability().write(fx.selection(ds1));
        fx.awaitIdle();
        DfInfo gone = fx.catalogue.datafiles.get(100L);
        DataSelection deleted = new DataSelection(List.of(ds1), List.of(gone));
        try (DeletionLocks.Deletion deletion = service.deletions().begin(deleted)) {
            fx.catalogue.datafiles.remove(100L); // what the REST layer does in the catalogue
            deletion.commit(java.util.Set.of(gone.dfLocation()));
        }
        fx.awaitIdle();
        Map<String, String> archived = unzip(Files.readAllBytes(fx.archiveRoot.resolve("1/10")));
        assertEquals(List.of("ids/Fac/inv/N%2FA/ds10/file101.dat"), List.copyOf(archived.keySet()));
    }

    static byte[] download(StorageServices service, String preparedId, long offset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Download download = service.downloads().open(preparedId, offset)) {
            download.writeTo(out);
        }
        return out.toByteArray();
    }

    static byte[] download(StorageServices service, DataSelection selection, boolean zip, long offset)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Download download = service.downloads().open(selection, zip, false, offset)) {
            download.writeTo(out);
        }
        return out.toByteArray();
    }

    static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
