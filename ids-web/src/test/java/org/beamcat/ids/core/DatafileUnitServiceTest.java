package org.beamcat.ids.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.beamcat.ids.error.DataNotOnlineException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.StorageUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-level storage by datafile: each file moves on its own under the same location. */
class DatafileUnitServiceTest {

    @TempDir
    Path tmp;

    StorageFixture fx;
    DsInfo ds;
    DfInfo a;
    DfInfo b;

    @BeforeEach
    void setUp() throws Exception {
        fx = new StorageFixture(tmp, StorageUnit.DATAFILE, true);
        ds = fx.dataset(10);
        a = fx.file(ds, 100, "aaa");
        b = fx.file(ds, 101, "bbb");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private DataSelection only(DfInfo df) {
        return new DataSelection(List.of(ds), List.of(df));
    }

    @Test
    void gettingOneDatafileRestoresOnlyThatFile() throws Exception {
        StorageServices service = fx.open();
        fx.archiveAll(fx.selection(ds));
        assertTrue(Files.exists(fx.archiveRoot.resolve(a.dfLocation())));
        assertFalse(fx.main.exists(a.dfLocation()));

        DataNotOnlineException e = assertThrows(DataNotOnlineException.class,
                () -> service.downloads().open(only(a), false, false, 0));
        assertEquals(StorageCore.DATAFILE_NOT_ONLINE, e.getMessage());
        fx.awaitIdle();
        assertEquals(Status.ONLINE, service.availability().status(only(a)));
        assertEquals(Status.ARCHIVED, service.availability().status(only(b)));
        assertEquals(Status.ARCHIVED, service.availability().status(fx.selection(ds)));
    }

    @Test
    void aFailedRestoreIsRecordedPerFileUntilReset() throws Exception {
        StorageServices service = fx.open();
        fx.archiveAll(fx.selection(ds));
        fx.archive.failing = true;
        service.availability().restore(only(a));
        fx.awaitIdle();
        assertThrows(InternalException.class, () -> service.availability().status(only(a)));
        assertEquals(Status.ARCHIVED, service.availability().status(only(b)));
        assertEquals(List.of(100L), service.core().serviceStatus().failures());
        service.availability().reset(only(a));
        fx.archive.failing = false;
        service.availability().restore(only(a));
        fx.awaitIdle();
        assertEquals(Status.ONLINE, service.availability().status(only(a)));
    }

    @Test
    void aDeleteRemovesTheArchiveCopyToo() throws Exception {
        StorageServices service = fx.open();
        service.availability().write(fx.selection(ds));
        fx.awaitIdle();
        try (DeletionLocks.Deletion deletion = service.deletions().begin(only(a))) {
            deletion.commit(Set.of(a.dfLocation()));
        }
        fx.awaitIdle();
        assertFalse(fx.main.exists(a.dfLocation()));
        assertFalse(Files.exists(fx.archiveRoot.resolve(a.dfLocation())));
        assertTrue(Files.exists(fx.archiveRoot.resolve(b.dfLocation())));
    }

    @Test
    void theTidierEvictsOldFilesOnly() throws Exception {
        Files.setLastModifiedTime(fx.dataRoot.resolve(a.dfLocation()), java.nio.file.attribute.FileTime.fromMillis(0));
        fx.startLevel = java.util.Optional.of(5L); // 6 bytes are used
        fx.stopLevel = java.util.Optional.of(4L);
        fx.tidierInterval = java.time.Duration.ofMillis(50);
        fx.open();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (fx.main.exists(a.dfLocation()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(fx.main.exists(a.dfLocation()));
        assertTrue(fx.main.exists(b.dfLocation()));
        assertTrue(Files.exists(fx.archiveRoot.resolve(a.dfLocation())), "written to the archive before eviction");
    }
}
