package org.beamcat.ids.usecase;

import static org.beamcat.ids.usecase.UseCaseFixture.ALICE;
import static org.beamcat.ids.usecase.UseCaseFixture.BOB;
import static org.beamcat.ids.usecase.UseCaseFixture.datafiles;
import static org.beamcat.ids.usecase.UseCaseFixture.datasets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.beamcat.ids.core.Download;
import org.beamcat.ids.core.Status;
import org.beamcat.ids.error.DataNotOnlineException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.NotFoundException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.StorageUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading data: the catalogue decides access, storage serves what it allowed. */
class DownloadsTest {

    @TempDir
    Path tmp;

    UseCaseFixture fx;

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static String read(Download download) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (download) {
            download.writeTo(out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMemberGetsOneFileAsItIsAndANonMemberIsRefusedBeforeAnyLockIsTaken() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        fx.file(ds, 100, "content");

        Download download = fx.downloads.open(ALICE, datafiles(100L), false, false, 0);
        assertFalse(download.zipped());
        assertEquals("content", read(download));

        assertThrows(InsufficientPrivilegesException.class, () -> fx.downloads.open(BOB, datafiles(100L), false,
                false, 0));
        assertThrows(InsufficientPrivilegesException.class, () -> fx.downloads.open("unknown", datafiles(100L),
                false, false, 0), "an unknown or expired session");
        assertThrows(NotFoundException.class, () -> fx.downloads.open(ALICE, datafiles(404L), false, false, 0));
        assertTrue(fx.storage.core().serviceStatus().locks().isEmpty());
    }

    @Test
    void datasetIdsAlwaysGiveAZipAndThePreparedSnapshotRemembersIt() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        fx.file(ds, 100, "only file");

        assertTrue(fx.downloads.open(ALICE, datasets(10L), false, false, 0).zipped(), "contract 1.4.1");
        String preparedId = fx.downloads.prepare(ALICE, datasets(10L), false, false);
        assertTrue(fx.downloads.prepared(preparedId).zip());
        assertTrue(fx.downloads.isPrepared(preparedId));
        assertEquals(List.of(100L), fx.downloads.prepared(preparedId).selection().datafileIds());
        assertEquals(9, Downloads.size(fx.downloads.selection(ALICE, datasets(10L))));
    }

    @Test
    void aPreparedDownloadIsRefusedOnceADatafileHasLeftTheCatalogue() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        fx.file(ds, 100, "a");
        DfInfo gone = fx.file(ds, 101, "b");
        String preparedId = fx.downloads.prepare(ALICE, datasets(10L), true, false);
        assertTrue(read(fx.downloads.open(preparedId, 0)).length() > 0);

        fx.catalogue.datafiles.remove(gone.dfId());

        assertThrows(NotFoundException.class, () -> fx.downloads.open(preparedId, 0));
        assertTrue(fx.storage.core().serviceStatus().locks().isEmpty());
    }

    @Test
    void statusWithoutASessionAsksAsTheReaderAndIsRefusedWithoutOne() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, true);
        DsInfo ds = fx.catalogue.dataset(2, 20);
        DfInfo df = fx.file(ds, 200, "x");
        assertEquals(Status.ONLINE, fx.downloads.status(null, datasets(20L)));
        fx.main.delete(df.dfLocation(), null, null);
        assertEquals(Status.ARCHIVED, fx.downloads.status(null, datasets(20L)));
        assertThrows(InsufficientPrivilegesException.class, () -> fx.downloads.status(ALICE, datasets(20L)),
                "with a session, that session's access counts");

        fx.catalogue.withoutReader();
        assertThrows(InsufficientPrivilegesException.class, () -> fx.downloads.status(null, datasets(20L)));
    }

    @Test
    void twoLevelGetDataOfArchivedDataQueuesARestoreAndAnswersNotOnline() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, true);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        DfInfo df = fx.file(ds, 100, "x");
        fx.main.delete(df.dfLocation(), null, null);

        assertThrows(DataNotOnlineException.class, () -> fx.downloads.open(ALICE, datafiles(100L), false, false, 0));

        assertEquals(Status.RESTORING, fx.downloads.status(ALICE, datafiles(100L)));
        assertTrue(fx.storage.core().serviceStatus().locks().isEmpty());
    }
}
